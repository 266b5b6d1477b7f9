package org.waymark.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    List<Map<String, Object>> all(ContentPath from, List<Link> links, String outputFile) {
        return links.stream().map(l -> one(from, l, outputFile)).toList();
    }

    Map<String, Object> one(ContentPath from, Link link, String outputFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("href", markdown.href(from, link.target(), outputFile));
        m.put("title", title(from, link));
        m.put("external", resolver.resolve(from, link.target()) instanceof ResolvedLink.External);
        return m;
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
