package org.waymark.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waymark.link.UrlSafety;

/**
 * 404.html is served for any missing address, at any depth, so its relative links would
 * break; when baseUrl is known they are made absolute.
 */
final class AbsoluteLinks {
    private AbsoluteLinks() {}

    static String rewrite(String html, String baseUrl) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("[href], [src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String url = e.attr(attr);
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || UrlSafety.scheme(url).isPresent()) continue;
            e.attr(attr, baseUrl + url);
        }
        return doc.outerHtml();
    }
}
