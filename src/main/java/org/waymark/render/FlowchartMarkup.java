package org.waymark.render;

import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * A tree's flowchart in its page's model: laid out by ELK (the larger part of a tree page's
 * model) only when the template reads it, so a tree page left as it was never lays it out.
 */
final class FlowchartMarkup implements LazyMarkup {
    private final DecisionTree tree;
    private final String idPrefix;
    private String svg;

    FlowchartMarkup(DecisionTree tree, String idPrefix) {
        this.tree = tree;
        this.idPrefix = idPrefix;
    }

    @Override
    public synchronized String getAsString() {
        if (svg == null) svg = Flowchart.svg(tree, idPrefix);
        return svg;
    }

    /** All that {@link Flowchart#svg} reads: the prefix, title and start, each node's kind, id, text and tone, each option. */
    @Override
    public String key() {
        StringBuilder k = new StringBuilder(64 * tree.nodes().size());
        field(k, idPrefix);
        field(k, tree.title());
        field(k, tree.start());
        for (Node n : tree.nodes().values()) {
            field(k, n.id());
            if (n instanceof Question q) {
                field(k, "question");
                field(k, q.question());
                field(k, Integer.toString(q.options().size()));
                for (Option o : q.options()) {
                    field(k, o.label());
                    field(k, o.next());
                }
            } else if (n instanceof Outcome o) {
                field(k, "outcome");
                field(k, o.outcome());
                field(k, o.tone().key());
            }
        }
        return k.toString();
    }

    /** Each field with its length first, so that no two lists of fields give the same key. */
    private static void field(StringBuilder k, String s) {
        String v = s == null ? "" : s;
        k.append(s == null ? -1 : v.length()).append(':').append(v);
    }
}
