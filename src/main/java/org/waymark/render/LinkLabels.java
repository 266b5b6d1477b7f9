package org.waymark.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Link;
import org.waymark.model.Page;

/** Links listed in YAML ({@code links:}, {@code checklist:}) as href plus a readable title. */
final class LinkLabels {
    private final LinkResolver resolver;
    private final MarkdownHtml markdown;

    LinkLabels(LinkResolver resolver, MarkdownHtml markdown) {
        this.resolver = resolver;
        this.markdown = markdown;
    }

    /**
     * A link the check stage refused (reached only when a project lowered that rule to a
     * warning) is left out of the list rather than written as a link to nowhere.
     */
    List<Map<String, Object>> all(ContentPath from, List<Link> links, String outputFile) {
        return links.stream().flatMap(l -> one(from, l, outputFile).stream()).toList();
    }

    Optional<Map<String, Object>> one(ContentPath from, Link link, String outputFile) {
        Optional<String> href = markdown.href(from, link.target(), outputFile);
        if (href.isEmpty()) return Optional.empty();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("href", href.get());
        m.put("title", title(from, link));
        m.put("external", resolver.resolve(from, link.target()) instanceof ResolvedLink.External);
        return Optional.of(m);
    }

    private String title(ContentPath from, Link link) {
        ResolvedLink r = resolver.resolve(from, link.target());
        if (r instanceof ResolvedLink.ToDocument d) {
            Document doc = resolver.document(d.target());
            if (d.anchor() != null && doc instanceof Page p) {
                for (Heading h : p.body().headings()) {
                    if (h.id().equals(d.anchor())) return doc.title() + ": " + h.text();
                }
            }
            return doc.title();
        }
        return link.target();
    }
}
