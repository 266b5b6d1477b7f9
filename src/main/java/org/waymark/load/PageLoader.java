package org.waymark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.ContentPath;
import org.waymark.model.Heading;
import org.waymark.model.Markdown;
import org.waymark.model.Page;
import org.waymark.model.Review;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** Reads a guidance page: front matter (split by hand), then the Markdown body. */
final class PageLoader {
    static final Set<String> KEYS = Set.of("title", "summary", "tags", "order", "draft", "extra", "owner", "reviewed");

    /** What the front matter says; all of it optional. {@code order} is null when not given, as in {@link Page}. */
    private record Fields(Optional<String> title, Position titleAt, String summary, List<String> tags, Integer order,
                          boolean draft, Map<String, Object> extra, Review review) {
        static final Fields NONE = new Fields(Optional.empty(), Position.START, "", List.of(), null, false, Map.of(),
                Review.NONE);
    }

    private PageLoader() {}

    /**
     * A failure when the front matter is not closed, is not YAML whole enough to read, or is not
     * a mapping, and when the page has no title in its front matter or as its first heading.
     * A folder's index page (index.md, README.md) never lacks one: see {@link #indexTitle}.
     */
    static LoadResult<Page> load(Source source, ContentPath path, String siteTitle) {
        List<Diagnostic> out = new ArrayList<>();
        FrontMatter fm = FrontMatter.split(source.text());
        if (fm instanceof FrontMatter.Unclosed) {
            out.add(Diagnostic.of(source, Position.START, Code.FRONT_MATTER,
                    "front matter is not closed: no '---' line after the opening one",
                    "end the front matter with a line of three dashes"));
            return new LoadResult.Failed<>(out);
        }
        int bodyStart = 0;
        Fields fields = Fields.NONE;
        if (fm instanceof FrontMatter.Closed closed) {
            bodyStart = closed.bodyStart();
            YamlDocument yaml = YamlReader.read(source, closed.yaml(), closed.yamlLine());
            out.addAll(yaml.diagnostics());
            if (yaml instanceof YamlDocument.Broken) return new LoadResult.Failed<>(out);
            if (yaml instanceof YamlDocument.Parsed parsed) {
                Optional<MappingFields> f = MappingFields.of(source, parsed.root(), KEYS, "front matter", out);
                if (f.isEmpty()) return new LoadResult.Failed<>(out);
                fields = fields(source, f.get(), out);
            }
        }
        Optional<String> written = fields.title().filter(t -> !t.isBlank());
        // Without a title in the front matter, a leading '# Heading' is the title; with one, it is body text.
        Markdown body = MarkdownReader.read(source, source.text().substring(bodyStart), path.value(),
                PositionMap.inFile(source, bodyStart), written.isEmpty(), out);
        Optional<String> title = written.or(() -> leadingH1(body))
                .or(() -> path.isIndex() ? Optional.of(indexTitle(body, path, siteTitle)) : Optional.empty());
        if (title.isEmpty()) {
            out.add(Diagnostic.of(source, fields.titleAt(), Code.MISSING_KEY, "the page has no title",
                    "add 'title:' to the front matter, or start the body with a '# Heading'"));
            return new LoadResult.Failed<>(out);
        }
        Page page = new Page(source, path, title.get().strip(), fields.summary().strip(), fields.tags(),
                fields.order(), fields.draft(), fields.extra(), body, written.isEmpty(), fields.review());
        return new LoadResult.Loaded<>(page, out);
    }

    private static Fields fields(Source source, MappingFields f, List<Diagnostic> out) {
        Optional<String> title = f.text("title");
        Position titleAt = f.has("title") ? f.valueAt("title") : f.at();
        String summary = f.text("summary").orElse("");
        List<String> tags = f.tags();
        Integer order = f.integer("order").orElse(null);
        boolean draft = f.bool("draft").orElse(false);
        Map<String, Object> extra = f.node("extra").map(n -> extra(source, n, out)).orElse(Map.of());
        return new Fields(title, titleAt, summary, tags, order, draft, extra, ReviewFields.read(source, f, out));
    }

    /** Free-form data for templates; it must be a mapping (reported, and left empty, when not). */
    private static Map<String, Object> extra(Source source, YamlNode node, List<Diagnostic> out) {
        if (node instanceof YamlNode.Mapping m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> plain = (Map<String, Object>) YamlData.plain(m);
            return plain;
        }
        out.add(Diagnostic.of(source, node.at(), Code.WRONG_TYPE, "'extra' in front matter must be a mapping", null));
        return Map.of();
    }

    /**
     * An index page names its section, so one without a title of its own takes its first
     * level-1 heading, else its folder's name (the site's title at the top): a README.md written
     * for GitHub often opens with badges or a comment before its heading, or has none.
     */
    private static String indexTitle(Markdown body, ContentPath path, String siteTitle) {
        for (Heading h : body.headings()) {
            if (h.level() == 1 && !h.text().isBlank()) return h.text();
        }
        String folder = ContentPath.folderTitle(path.folder());
        return folder.isEmpty() ? siteTitle : folder;
    }

    /** The text of the body's first block when that is a level-1 heading. */
    private static Optional<String> leadingH1(Markdown body) {
        if (!body.startsWithH1() || body.headings().isEmpty()) return Optional.empty();
        return Optional.of(body.headings().get(0).text());
    }
}
