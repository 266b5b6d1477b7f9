package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.waymark.html.Escape;
import org.waymark.output.OutputSink;

/**
 * sitemap.xml and robots.txt for search engines, listing every page that is {@link SitePage#listed};
 * written only when site.yaml sets baseUrl, since a sitemap needs absolute addresses.
 */
record SitemapFiles(String baseUrl, List<SitePage> pages) implements SiteFiles {
    @Override
    public void write(OutputSink out) throws IOException {
        if (baseUrl == null) return;
        out.write("sitemap.xml", xml().getBytes(StandardCharsets.UTF_8));
        out.write("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    String xml() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> files = pages.stream().filter(SitePage::listed).map(SitePage::outputFile).sorted().toList();
        for (String file : files) {
            b.append("  <url><loc>").append(Escape.xml(baseUrl + RelativeUrl.withoutIndex(file))).append("</loc></url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
