package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** The header: one row of links, the rest under "More"; nav: decides what is in it when given. */
class HeaderTest {
    @TempDir
    Path project;

    private Document page(String file) throws IOException {
        return Jsoup.parse(project.resolve("site").resolve(file).toFile(), "UTF-8");
    }

    /** Twenty top-level sections with realistic names, as a large handbook has. */
    static Map<String, String> twentySections() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Engineering fundamentals playbook\n");
        for (int i = 1; i <= 20; i++) {
            String folder = String.format("content/s%02d/", i);
            files.put(folder + "README.md", String.format("# %02d %s\n", i, NAMES.get(i - 1)));
            files.put(folder + "page.md", "# Page of section " + i + "\n");
        }
        files.put("content/first-week.md", "# The first week of a project\n");
        return files;
    }

    static final List<String> NAMES = List.of("Agile development", "Automated testing", "Continuous delivery",
            "Code reviews", "Design reviews", "Developer experience", "Documentation", "Engineering feedback",
            "Machine learning", "Non-functional requirements", "Observability", "Security", "Source control",
            "User interface", "Privacy", "Accessibility", "Performance", "Cost management", "Incident response",
            "Onboarding");

    @Test
    void whatDoesNotFitOneRowGoesUnderMoreInOrderAndTheCurrentPageIsMarked() throws IOException {
        Projects.write(project, twentySections());
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));

        Document home = page("index.html");
        List<String> inline = home.select(".site-nav > ul > li:not(.nav-more) > a").eachText();
        List<String> more = home.select(".site-nav .nav-more-menu li a").eachText();
        assertFalse(more.isEmpty(), "twenty sections do not fit one row");
        assertTrue(inline.size() >= 2, "as many as fit beside the title and the search box stay in the row: " + inline);
        List<String> all = new ArrayList<>(inline);
        all.addAll(more);
        List<String> expected = new ArrayList<>(List.of("Home"));
        for (int i = 1; i <= 20; i++) expected.add(String.format("%02d %s", i, NAMES.get(i - 1)));
        expected.add("The first week of a project");
        assertEquals(expected, all, "every section and top-level page, in order, once");
        assertEquals("More", home.selectFirst(".nav-more-menu > summary").text());
        assertNull(home.selectFirst(".nav-more-menu[open]"), "closed until opened");
        assertEquals(List.of("Home"), home.select(".site-nav a[aria-current]").eachText());
        assertFalse(home.selectFirst(".nav-more-menu > summary").hasClass("has-current"));

        Document deep = page("s20/page/index.html");
        // The page is in that section: its link is marked as the current place, not the current page.
        Element current = deep.selectFirst(".site-nav .nav-more-menu a[aria-current=true]");
        assertEquals("20 Onboarding", current == null ? null : current.text(), "the current section is marked in More");
        Element summary = deep.selectFirst(".nav-more-menu > summary");
        assertTrue(summary.hasClass("has-current"));
        assertEquals("More (holds the current page)", summary.text());
        assertEquals("../index.html", current.attr("href"));
    }

    @Test
    void aSmallSiteHasNoMoreMenu() throws IOException {
        Projects.write(project, Map.of("content/guides/a.md", "# A\n", "content/checklists/b.md", "# B\n"));
        assertTrue(Projects.build(project).ok());
        Document home = page("index.html");
        assertEquals(List.of("Home", "Checklists", "Guides"), home.select(".site-nav a").eachText());
        assertNull(home.selectFirst(".nav-more"));
    }

    @Test
    void navDecidesWithItsOwnLabelsAndLinksElsewhere() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(twentySections());
        files.put("content/README.md", "# Welcome to the playbook\n");
        files.put("content/site.yaml", """
                title: Playbook
                nav:
                  - README.md
                  - path: s09/
                    label: ML
                  - s02/
                  - path: first-week.md
                    label: First week
                  - url: https://status.example.com/
                    label: Status
                """);
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        Document page = page("s09/page/index.html");
        assertEquals(List.of("Home", "ML", "02 Automated testing", "First week", "Status"),
                page.select(".site-nav a").eachText());
        assertNull(page.selectFirst(".nav-more"), "five short entries fit");
        assertEquals(List.of("ML"), page.select(".site-nav a[aria-current]").eachText());
        assertEquals("https://status.example.com/", page.select(".site-nav a").last().attr("href"));
        assertEquals("../../first-week/index.html", page.select(".site-nav a").get(3).attr("href"));
    }

    @Test
    void theEstimateNeverFitsFewerThanFitAndStopsAtTheFirstLinkThatDoesNot() {
        assertEquals(3, HeaderFit.inline("Site", List.of("Home", "Guides", "Checklists")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) many.add("Section number " + i);
        int n = HeaderFit.inline("Site", many);
        assertTrue(n > 3 && n < 10, "n=" + n);
        assertEquals(n, HeaderFit.inline("Site", many.subList(0, 30)), "the rest make no difference");
        assertTrue(HeaderFit.inline("A much longer site title that takes room", many) < n, "a longer title leaves less room");
        List<String> longFirst = new ArrayList<>(List.of("A label far too long for any header row ".repeat(3)));
        longFirst.addAll(List.of("Short", "Ones"));
        assertEquals(0, HeaderFit.inline("Site", longFirst), "order is kept: no later link jumps ahead");
        assertTrue(HeaderFit.ems("日本語") > HeaderFit.ems("abc"), "full-width scripts count wider");
    }
}
