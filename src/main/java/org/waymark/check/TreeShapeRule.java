package org.waymark.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Suggestion;
import org.waymark.link.LinkResolver;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Question;
import org.waymark.model.Site;

/** Node ids, the start node, every {@code next}, and the options of each question. */
final class TreeShapeRule implements Rule {
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int LONG_QUESTION = 160;

    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        for (DecisionTree tree : site.trees()) {
            if (!tree.start().isEmpty() && !tree.nodes().containsKey(tree.start())) {
                out.accept(Diagnostic.of(tree.source(), tree.startAt(), Code.START_MISSING, "start node '"
                        + tree.start() + "' does not exist", Suggestion.hint(tree.start(), tree.nodes().keySet())));
            }
            for (Node node : tree.nodes().values()) {
                if (!node.id().matches(ID_PATTERN)) {
                    out.accept(Diagnostic.of(tree.source(), node.at(), Code.BAD_NODE_ID, "node id '" + node.id()
                            + "' is not lower-case kebab-case", "for example '" + kebab(node.id()) + "'"));
                }
                if (node instanceof Question q) checkQuestion(tree, q, out);
            }
        }
    }

    private static void checkQuestion(DecisionTree tree, Question q, Consumer<Diagnostic> out) {
        if (q.options().size() < 2) {
            out.accept(Diagnostic.of(tree.source(), q.at(), Code.TOO_FEW_OPTIONS, "question '" + q.id() + "' has "
                    + q.options().size() + " option" + (q.options().size() == 1 ? "" : "s") + "; it needs two or more",
                    "a single path is not a decision: link straight to the next node's content instead"));
        }
        if (q.question().length() > LONG_QUESTION) {
            out.accept(Diagnostic.of(tree.source(), q.at(), Code.LONG_QUESTION, "question '" + q.id() + "' is "
                    + q.question().length() + " characters long", "keep the question short; move detail into 'help'"));
        }
        Map<String, Option> labels = new HashMap<>();
        for (Option o : q.options()) {
            Option first = labels.putIfAbsent(o.label().toLowerCase(java.util.Locale.ROOT), o);
            if (first != null) {
                out.accept(Diagnostic.of(tree.source(), o.at(), Code.DUPLICATE_LABEL, "question '" + q.id()
                        + "' has two options labelled '" + o.label() + "'", "each option needs a label of its own"));
            }
            if (!tree.nodes().containsKey(o.next())) {
                out.accept(Diagnostic.of(tree.source(), o.nextAt(), Code.DANGLING_NEXT, "next '" + o.next()
                        + "' names no node", Suggestion.hint(o.next(), tree.nodes().keySet())));
            }
        }
    }

    static String kebab(String id) {
        String k = id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return k.isEmpty() ? "node" : k;
    }
}
