package org.waymark.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    static final Set<String> KEYS = Set.of("kind", "id", "title", "summary", "tags", "start", "nodes", "owner",
            "reviewed");
    static final Set<String> NODE_KEYS = Set.of("question", "help", "options", "outcome", "tone", "body", "links",
            "checklist");
    static final Set<String> OPTION_KEYS = Set.of("label", "next", "hint");
    /** Keys written one level off, and where they belong. */
    private static final Map<String, String> NODE_ELSEWHERE = Map.of("hint",
            "'hint' belongs on an option, beside its 'label' and 'next'; a question's own note is 'help'",
            "label", "'label' belongs on an option, in the question's 'options' list",
            "next", "'next' belongs on an option, in the question's 'options' list");
    private static final Map<String, String> OPTION_ELSEWHERE = Map.of("help",
            "'help' belongs on the question; an option's note is 'hint'");
    private static final Set<String> QUESTION_ONLY = Set.of("question", "help", "options");
    private static final Set<String> OUTCOME_ONLY = Set.of("outcome", "tone", "body", "links", "checklist");

    private DecisionTreeLoader() {}

    /** A failure when the tree has no usable title; every other fault is reported and the tree still loads. */
    static LoadResult<DecisionTree> load(Source source, ContentPath path, YamlNode.Mapping root) {
        List<Diagnostic> out = new ArrayList<>();
        MappingFields f = new MappingFields(source, root, KEYS, "a decision tree", out);
        String id = YamlDocumentLoader.id(f, path, source, out);
        Optional<String> title = f.requiredText("title");
        Optional<String> start = Optional.empty();
        if (f.has("start")) {
            start = f.requiredText("start");
        } else {
            // name the first node: it is where a reader would expect the walk to begin
            Optional<String> first = f.node("nodes").filter(YamlNode.Mapping.class::isInstance)
                    .map(YamlNode.Mapping.class::cast).filter(m -> !m.entries().isEmpty())
                    .map(m -> m.entries().get(0).key().value());
            out.add(Diagnostic.of(source, root.at(), Code.MISSING_KEY, "the decision tree has no 'start'",
                    first.map(n -> "add 'start:' naming the first question, for example 'start: " + n + "'")
                            .orElse("add 'start:' naming the first question's id")));
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        if (!f.has("nodes")) {
            f.missing("nodes");
        } else {
            f.mapping("nodes").ifPresent(m -> {
                if (m.entries().isEmpty()) {
                    out.add(Diagnostic.of(source, m.at(), Code.MISSING_KEY, "the tree has no nodes", null));
                }
                for (YamlNode.Entry e : m.entries()) node(source, path, e, out).ifPresent(n -> nodes.put(n.id(), n));
            });
        }
        if (title.isEmpty()) return new LoadResult.Failed<>(out);
        DecisionTree tree = new DecisionTree(source, path, id, title.get().strip(), f.text("summary").orElse("").strip(),
                f.tags(), start.map(String::strip).orElse(""), f.has("start") ? f.valueAt("start") : f.at(),
                Collections.unmodifiableMap(nodes), ReviewFields.read(source, f, out));
        return new LoadResult.Loaded<>(tree, out);
    }

    /** Empty (and reported) when the node is not a mapping, or is both or neither a question and an outcome. */
    private static Optional<Node> node(Source source, ContentPath path, YamlNode.Entry entry, List<Diagnostic> out) {
        String id = entry.key().value();
        Optional<MappingFields> fields = MappingFields.of(source, entry.value(), NODE_KEYS, "node '" + id + "'", out, NODE_ELSEWHERE);
        if (fields.isEmpty()) return Optional.empty();
        MappingFields f = fields.get();
        boolean question = f.has("question") || f.has("options");
        boolean outcome = f.has("outcome");
        if (question && outcome) {
            out.add(Diagnostic.of(source, entry.key().at(), Code.NODE_SHAPE, "node '" + id
                    + "' is both a question and an outcome", "a node has either 'question' and 'options', or 'outcome'"));
            return Optional.empty();
        }
        if (!question && !outcome) {
            out.add(Diagnostic.of(source, entry.key().at(), Code.NODE_SHAPE, "node '" + id
                    + "' is neither a question nor an outcome", "give it 'question' and 'options', or 'outcome'"));
            return Optional.empty();
        }
        for (String key : question ? OUTCOME_ONLY : QUESTION_ONLY) {
            if (f.node(key).isPresent()) {
                out.add(Diagnostic.of(source, f.keyAt(key), Code.UNKNOWN_KEY, "'" + key + "' does not belong in "
                        + (question ? "a question" : "an outcome") + " node ('" + id + "')",
                        question ? "questions have question, help and options" : "outcomes have outcome, tone, body, links and checklist"));
            }
        }
        return Optional.of(question ? question(source, path, id, entry, f, out) : outcome(source, path, id, entry, f, out));
    }

    private static Question question(Source source, ContentPath path, String id, YamlNode.Entry entry, MappingFields f,
                                     List<Diagnostic> out) {
        Optional<String> text = f.requiredText("question");
        List<Option> options = new ArrayList<>();
        if (!f.has("options")) {
            f.missing("options");
        } else {
            f.sequence("options").ifPresent(seq -> {
                for (YamlNode item : seq.items()) {
                    MappingFields.of(source, item, OPTION_KEYS, "an option of '" + id + "'", out, OPTION_ELSEWHERE)
                            .flatMap(DecisionTreeLoader::option).ifPresent(options::add);
                }
            });
        }
        return new Question(id, entry.key().at(), text.map(String::strip).orElse(""),
                YamlDocumentLoader.markdown(f, "help", source, path, out), List.copyOf(options));
    }

    /** Empty when the label or the next node is missing (reported). */
    private static Optional<Option> option(MappingFields o) {
        Optional<String> label = o.requiredText("label");
        Optional<String> next = o.requiredText("next");
        if (label.isEmpty() || next.isEmpty()) return Optional.empty();
        // null: no hint, as the model has it
        return Optional.of(new Option(label.get().strip(), next.get().strip(), o.text("hint").orElse(null), o.at(),
                o.valueAt("next")));
    }

    private static Outcome outcome(Source source, ContentPath path, String id, YamlNode.Entry entry, MappingFields f,
                                   List<Diagnostic> out) {
        Optional<String> text = f.requiredText("outcome");
        Tone tone = f.scalar("tone").flatMap(s -> tone(source, s, out)).orElse(Tone.NEUTRAL);
        Link checklist = f.scalar("checklist")                         // null: none, as the model has it
                .map(s -> new Link(s.value().strip(), Link.Kind.CHECKLIST, s.at(), s.end())).orElse(null);
        return new Outcome(id, entry.key().at(), text.map(String::strip).orElse(""), tone,
                YamlDocumentLoader.markdown(f, "body", source, path, out), YamlDocumentLoader.links(f, "links"), checklist);
    }

    private static Optional<Tone> tone(Source source, YamlNode.Scalar value, List<Diagnostic> out) {
        try {
            return Optional.of(Tone.valueOf(value.value().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException ex) {
            out.add(Diagnostic.of(source, value.at(), Code.INVALID_VALUE, "unknown tone '" + value.value() + "'",
                    "tone is one of positive, neutral, caution, negative"));
            return Optional.empty();
        }
    }
}
