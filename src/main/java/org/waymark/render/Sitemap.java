package org.waymark.render;

import java.util.List;
import org.waymark.html.Escape;

/** sitemap.xml for search engines; written only when site.yaml sets baseUrl. */
final class Sitemap {
    private Sitemap() {}

    static String xml(String baseUrl, List<String> pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            b.append("  <url><loc>").append(Escape.xml(baseUrl + SiteRenderer.folderUrl(p))).append("</loc></url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
