package org.waymark.load;

import java.util.List;
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

    static Document load(Source source, ContentPath path, List<Diagnostic> out) {
        YamlReader.Result yaml = YamlReader.read(source);
        out.addAll(yaml.diagnostics());
        if (!yaml.ok() && !yaml.loadable()) return null;
        if (!(yaml.root() instanceof YamlNode.Mapping root)) {
            out.add(Diagnostic.of(source, yaml.root() == null ? Position.START : yaml.root().at(), Code.UNKNOWN_KIND,
                    "a YAML file in content/ must be a decision tree or a checklist",
                    "start the file with 'kind: decision' or 'kind: checklist'"));
            return null;
        }
        YamlNode.Entry kind = root.entries().stream().filter(e -> e.key().value().equals("kind")).findFirst()
                .orElse(null);
        if (kind == null) {
            out.add(Diagnostic.of(source, root.at(), Code.UNKNOWN_KIND, "the file has no 'kind'",
                    "add 'kind: decision' or 'kind: checklist'; every YAML file in content/ must say what it is"));
            return null;
        }
        String value = kind.value() instanceof YamlNode.Scalar s ? s.value() : "";
        return switch (value) {
            case "decision" -> DecisionTreeLoader.load(source, path, root, out);
            case "checklist" -> ChecklistLoader.load(source, path, root, out);
            default -> {
                String hint = Suggestion.closest(value, KINDS).map(c -> "did you mean '" + c + "'?")
                        .orElse("kind must be 'decision' or 'checklist'");
                out.add(Diagnostic.of(source, kind.value().at(), Code.UNKNOWN_KIND, "unknown kind '" + value + "'",
                        hint));
                yield null;
            }
        };
    }

    /** A tree's or checklist's id: as written, or the file name without .yaml. */
    static String id(MappingFields f, ContentPath path, Source source, List<Diagnostic> out) {
        String id = f.text("id");
        if (id == null) return path.stem();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            out.add(Diagnostic.of(source, f.valueAt("id"), Code.INVALID_VALUE,
                    "id '" + id + "' may hold only letters, digits, '.', '_' and '-'", null));
            return path.stem();
        }
        return id;
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
