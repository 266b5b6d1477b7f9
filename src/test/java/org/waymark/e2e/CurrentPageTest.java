package org.waymark.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * The current page is marked ({@code aria-current="page"}) in every navigation of every page of
 * the default site that links to it, and nothing else is: the header, its More menu, the
 * section list and the breadcrumbs. The header marks the section holding the page as the
 * current place ({@code aria-current="true"}).
 */
class CurrentPageTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), Projects.human(r));
    }

    @Test
    void everyNavigationMarksTheCurrentPageAndOnlyIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        assertTrue(files.size() > 20);
        List<String> wrong = new ArrayList<>();
        int marked = 0;
        int linkedToItself = 0;
        for (Path file : files) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String page = site.relativize(file).toString();
            for (Element nav : doc.select("nav.site-nav, nav.sidebar")) {
                for (Element a : nav.select("a[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("http")) continue;
                    boolean self = file.getParent().resolve(href).normalize().equals(file);
                    boolean current = "page".equals(a.attr("aria-current"));
                    // aria-current="true" marks the section holding the page, in the header only.
                    if (a.attr("aria-current").equals("true") && (self || !nav.hasClass("site-nav"))) {
                        wrong.add(page + ": " + a.outerHtml());
                    }
                    if (self != current) wrong.add(page + ": " + a.outerHtml());
                    if (self) linkedToItself++;
                    if (current) marked++;
                }
            }
            Element crumbs = doc.selectFirst("nav.breadcrumbs li:last-child");
            if (crumbs != null && !"page".equals(crumbs.attr("aria-current"))) wrong.add(page + ": breadcrumbs");
            // The header marks the section a page is in (or the page itself).
            // Embed pages have no header; tag pages and the A to Z index stand in no section.
            boolean inNav = !page.equals("index.html") && !page.startsWith("tags/") && !page.startsWith("a-z/")
                    && doc.selectFirst("nav.site-nav") != null;
            if (inNav && doc.select("nav.site-nav [aria-current], nav.site-nav .has-current").isEmpty()) {
                wrong.add(page + ": nothing marked in the header");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(linkedToItself, marked);
        assertTrue(marked > 20, "pages linked from their own navigation: " + marked);
    }
}
