package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.diagnostic.Suggestion;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** Reads a content YAML file and hands it to the loader its {@code kind} names. */
final class YamlDocumentLoader {
    private static final List<String> KINDS = List.of("decision", "checklist");

    private YamlDocumentLoader() {}

    /**
     * A failure when the YAML is broken, is not a mapping, or names no kind or an unknown one,
     * and when the tree or checklist it names leaves out what it cannot do without.
     */
    static LoadResult<Document> load(Source source, ContentPath path) {
        return root(source).then(root -> byKind(source, path, root));
    }

    /** The file's top-level mapping; duplicate keys keep their first value, so loading goes on past them. */
    private static LoadResult<YamlNode.Mapping> root(Source source) {
        YamlDocument yaml = YamlReader.read(source);
        if (yaml instanceof YamlDocument.Broken) return new LoadResult.Failed<>(yaml.diagnostics());
        if (yaml instanceof YamlDocument.Parsed parsed && parsed.root() instanceof YamlNode.Mapping root) {
            return new LoadResult.Loaded<>(root, yaml.diagnostics());
        }
        List<Diagnostic> out = new ArrayList<>(yaml.diagnostics());
        out.add(Diagnostic.of(source, yaml instanceof YamlDocument.Parsed parsed ? parsed.root().at() : Position.START,
                Code.UNKNOWN_KIND, "a YAML file in content/ must be a decision tree or a checklist",
                "start the file with 'kind: decision' or 'kind: checklist'"));
        return new LoadResult.Failed<>(out);
    }

    private static LoadResult<? extends Document> byKind(Source source, ContentPath path, YamlNode.Mapping root) {
        Optional<YamlNode.Entry> kind = root.entries().stream().filter(e -> e.key().value().equals("kind")).findFirst();
        if (kind.isEmpty()) {
            Optional<YamlNode.Scalar> misspelt = root.entries().stream().map(YamlNode.Entry::key)
                    .filter(k -> !DecisionTreeLoader.KEYS.contains(k.value()) && !ChecklistLoader.KEYS.contains(k.value()))
                    .filter(k -> Suggestion.closest(k.value(), List.of("kind")).isPresent()).findFirst();
            if (misspelt.isPresent()) {
                return new LoadResult.Failed<>(List.of(Diagnostic.of(source, misspelt.get().at(), misspelt.get().end(),
                        Code.UNKNOWN_KIND, "the file has no 'kind'; '" + misspelt.get().value() + "' is not a key",
                        "did you mean 'kind'?")));
            }
            return new LoadResult.Failed<>(List.of(Diagnostic.of(source, root.at(), Code.UNKNOWN_KIND,
                    "the file has no 'kind'",
                    "add 'kind: decision' or 'kind: checklist'; every YAML file in content/ must say what it is")));
        }
        YamlNode value = kind.get().value();
        String name = value instanceof YamlNode.Scalar s ? s.value() : "";
        if (name.equals("decision")) return DecisionTreeLoader.load(source, path, root);
        if (name.equals("checklist")) return ChecklistLoader.load(source, path, root);
        String hint = Suggestion.closest(name, KINDS).map(c -> "did you mean '" + c + "'?")
                .orElse("kind must be 'decision' or 'checklist'");
        return new LoadResult.Failed<>(List.of(Diagnostic.of(source, value.at(), Code.UNKNOWN_KIND,
                "unknown kind '" + name + "'", hint)));
    }

    /** A tree's or checklist's id: as written, or the file name without .yaml. */
    static String id(MappingFields f, ContentPath path, Source source, List<Diagnostic> out) {
        Optional<String> id = f.text("id");
        if (id.isPresent() && !id.get().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            out.add(Diagnostic.of(source, f.valueAt("id"), Code.INVALID_VALUE,
                    "id '" + id.get() + "' may hold only letters, digits, '.', '_' and '-'", null));
            return path.stem();
        }
        return id.orElse(path.stem());
    }

    /** A Markdown field of a YAML file, with positions mapped back into the file. */
    static org.waymark.model.Markdown markdown(MappingFields f, String key, Source source, ContentPath path,
                                               List<Diagnostic> out) {
        return f.scalar(key).map(s -> MarkdownReader.read(source, s.value(), path.value(),
                        PositionMap.inYaml(source, s, s.value()), false, out))
                .orElse(MarkdownReader.empty());
    }

    static List<org.waymark.model.Link> links(MappingFields f, String key) {
        return f.scalarList(key).stream()
                .map(s -> new org.waymark.model.Link(s.value().strip(), org.waymark.model.Link.Kind.LINK, s.at(),
                        s.end()))
                .toList();
    }
}
