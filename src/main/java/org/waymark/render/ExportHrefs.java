package org.waymark.render;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.waymark.link.UrlSafety;

/**
 * Where the links of a Markdown export point. Without a baseUrl they stay as on the page
 * ({@code pageFile}) the export was made from; with one, they are made from the site's root and
 * prefixed with it, so they work wherever the text is pasted.
 */
record ExportHrefs(String baseUrl, String pageFile) implements UnaryOperator<String> {
    /** The file that links are made relative to. */
    String from() {
        return baseUrl == null ? pageFile : "index.html";
    }

    /** The page's absolute address, or null when the site has no baseUrl. */
    String pageUrl() {
        return baseUrl == null ? null : baseUrl + RelativeUrl.withoutIndex(pageFile);
    }

    @Override
    public String apply(String href) {
        if (baseUrl == null || href.isEmpty() || href.startsWith("//") || UrlSafety.scheme(href).isPresent()) return href;
        return (href.startsWith("#") ? pageUrl() : baseUrl) + href;
    }

    /** A link from {@link LinkLabels} as Markdown: {@code [title](address)}. */
    String link(Map<String, Object> link) {
        return "[" + MarkdownText.escape((String) link.get("title")) + "](" + MarkdownText.url(apply((String) link.get("href"))) + ")";
    }
}
