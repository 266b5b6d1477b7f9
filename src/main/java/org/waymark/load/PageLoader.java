package org.waymark.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.ContentPath;
import org.waymark.model.Markdown;
import org.waymark.model.Page;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** Reads a guidance page: front matter (split by hand), then the Markdown body. */
final class PageLoader {
    static final Set<String> KEYS = Set.of("title", "summary", "tags", "order", "draft", "extra");

    private PageLoader() {}

    static Page load(Source source, ContentPath path, List<Diagnostic> out) {
        FrontMatter fm = FrontMatter.split(source.text());
        if (fm.unterminated()) {
            out.add(Diagnostic.of(source, Position.START, Code.FRONT_MATTER,
                    "front matter is not closed: no '---' line after the opening one",
                    "end the front matter with a line of three dashes"));
            return null;
        }
        String title = null;
        String summary = "";
        List<String> tags = List.of();
        Integer order = null;
        boolean draft = false;
        Map<String, Object> extra = Map.of();
        Position titleAt = Position.START;
        if (fm.yaml() != null) {
            YamlReader.Result yaml = YamlReader.read(source, fm.yaml(), fm.yamlLine());
            out.addAll(yaml.diagnostics());
            if (!yaml.ok() && !yaml.loadable()) return null;
            if (yaml.root() != null) {
                MappingFields f = MappingFields.of(source, yaml.root(), KEYS, "front matter", out).orElse(null);
                if (f == null) return null;
                title = f.text("title");
                titleAt = f.has("title") ? f.valueAt("title") : f.at();
                summary = orEmpty(f.text("summary"));
                tags = f.textList("tags");
                order = f.integer("order").orElse(null);
                draft = f.bool("draft").orElse(false);
                YamlNode extraNode = f.node("extra");
                if (extraNode != null) {
                    if (extraNode instanceof YamlNode.Mapping) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) YamlData.plain(extraNode);
                        extra = m;
                    } else {
                        out.add(Diagnostic.of(source, extraNode.at(), Code.WRONG_TYPE,
                                "'extra' in front matter must be a mapping", null));
                    }
                }
            }
        }
        String bodyText = source.text().substring(fm.bodyStart());
        Markdown body = MarkdownReader.read(source, bodyText, path.value(),
                PositionMap.inFile(source, fm.bodyStart()), true, out);
        boolean titleFromBody = false;
        if (title == null || title.isBlank()) {
            String h1 = leadingH1(body);
            if (h1 == null) {
                out.add(Diagnostic.of(source, titleAt, Code.MISSING_KEY, "the page has no title",
                        "add 'title:' to the front matter, or start the body with a '# Heading'"));
                return null;
            }
            title = h1;
            titleFromBody = true;
        }
        return new Page(source, path, title.strip(), summary.strip(), tags, order, draft, extra, body, titleFromBody);
    }

    /** The text of the body's first block when that is a level-1 heading. */
    private static String leadingH1(Markdown body) {
        if (body.startsWithH1()) {
            return body.headings().isEmpty() ? null : body.headings().get(0).text();
        }
        return null;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
