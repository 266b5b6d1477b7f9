package org.waymark.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Link;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;
import org.waymark.model.Tone;
import org.waymark.text.Source;

/** Reads a {@code kind: decision} file into a {@link DecisionTree}; structure rules run in check/. */
final class DecisionTreeLoader {
    static final Set<String> KEYS = Set.of("kind", "id", "title", "summary", "tags", "start", "nodes");
    static final Set<String> NODE_KEYS = Set.of("question", "help", "options", "outcome", "tone", "body", "links",
            "checklist");
    static final Set<String> OPTION_KEYS = Set.of("label", "next", "hint");
    private static final Set<String> QUESTION_ONLY = Set.of("question", "help", "options");
    private static final Set<String> OUTCOME_ONLY = Set.of("outcome", "tone", "body", "links", "checklist");

    private DecisionTreeLoader() {}

    static DecisionTree load(Source source, ContentPath path, YamlNode.Mapping root, List<Diagnostic> out) {
        MappingFields f = new MappingFields(source, root, KEYS, "a decision tree", out);
        String id = YamlDocumentLoader.id(f, path, source, out);
        String title = f.requiredText("title");
        String start = null;
        if (f.has("start")) {
            start = f.requiredText("start");
        } else {
            // name the first node: it is where a reader would expect the walk to begin
            String first = f.node("nodes") instanceof YamlNode.Mapping m && !m.entries().isEmpty()
                    ? m.entries().get(0).key().value() : null;
            out.add(Diagnostic.of(source, root.at(), Code.MISSING_KEY, "the decision tree has no 'start'",
                    first == null ? "add 'start:' naming the first question's id"
                            : "add 'start:' naming the first question, for example 'start: " + first + "'"));
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        if (!f.has("nodes")) {
            f.missing("nodes");
        } else {
            f.mapping("nodes").ifPresent(m -> {
                if (m.entries().isEmpty()) {
                    out.add(Diagnostic.of(source, m.at(), Code.MISSING_KEY, "the tree has no nodes", null));
                }
                for (YamlNode.Entry e : m.entries()) {
                    Node node = node(source, path, e, out);
                    if (node != null) nodes.put(node.id(), node);
                }
            });
        }
        if (title == null) return null;
        return new DecisionTree(source, path, id, title.strip(), PageLoader.orEmpty(f.text("summary")).strip(),
                f.textList("tags"), start == null ? "" : start.strip(), f.has("start") ? f.valueAt("start") : f.at(),
                java.util.Collections.unmodifiableMap(nodes));
    }

    private static Node node(Source source, ContentPath path, YamlNode.Entry entry, List<Diagnostic> out) {
        String id = entry.key().value();
        MappingFields f = MappingFields.of(source, entry.value(), NODE_KEYS, "node '" + id + "'", out).orElse(null);
        if (f == null) return null;
        boolean question = f.has("question") || f.has("options");
        boolean outcome = f.has("outcome");
        if (question && outcome) {
            out.add(Diagnostic.of(source, entry.key().at(), Code.NODE_SHAPE, "node '" + id
                    + "' is both a question and an outcome", "a node has either 'question' and 'options', or 'outcome'"));
            return null;
        }
        if (!question && !outcome) {
            out.add(Diagnostic.of(source, entry.key().at(), Code.NODE_SHAPE, "node '" + id
                    + "' is neither a question nor an outcome", "give it 'question' and 'options', or 'outcome'"));
            return null;
        }
        for (String key : question ? OUTCOME_ONLY : QUESTION_ONLY) {
            if (f.node(key) != null) {
                out.add(Diagnostic.of(source, f.keyAt(key), Code.UNKNOWN_KEY, "'" + key + "' does not belong in "
                        + (question ? "a question" : "an outcome") + " node ('" + id + "')",
                        question ? "questions have question, help and options" : "outcomes have outcome, tone, body, links and checklist"));
            }
        }
        if (question) {
            String text = f.requiredText("question");
            List<Option> options = new ArrayList<>();
            if (!f.has("options")) {
                f.missing("options");
            } else {
                f.sequence("options").ifPresent(seq -> {
                    for (YamlNode item : seq.items()) {
                        MappingFields o = MappingFields.of(source, item, OPTION_KEYS, "an option of '" + id + "'", out)
                                .orElse(null);
                        if (o == null) continue;
                        String label = o.requiredText("label");
                        String next = o.requiredText("next");
                        if (label == null || next == null) continue;
                        options.add(new Option(label.strip(), next.strip(), o.text("hint"), o.at(), o.valueAt("next")));
                    }
                });
            }
            return new Question(id, entry.key().at(), text == null ? "" : text.strip(),
                    YamlDocumentLoader.markdown(f, "help", source, path, out), List.copyOf(options));
        }
        String text = f.requiredText("outcome");
        Tone tone = Tone.NEUTRAL;
        String toneText = f.text("tone");
        if (toneText != null) {
            try {
                tone = Tone.valueOf(toneText.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                out.add(Diagnostic.of(source, f.valueAt("tone"), Code.INVALID_VALUE, "unknown tone '" + toneText + "'",
                        "tone is one of positive, neutral, caution, negative"));
            }
        }
        Link checklist = f.scalar("checklist")
                .map(s -> new Link(s.value().strip(), Link.Kind.CHECKLIST, s.at(), s.end())).orElse(null);
        return new Outcome(id, entry.key().at(), text == null ? "" : text.strip(), tone,
                YamlDocumentLoader.markdown(f, "body", source, path, out), YamlDocumentLoader.links(f, "links"), checklist);
    }
}
