package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.Site;
import org.waymark.output.PageDigest;
import org.waymark.testing.Projects;

/**
 * A page's digest changes with anything its bytes depend on, and with nothing else: not with the
 * order of a map that has none of its own, nor from one run of the JVM to the next.
 */
class ModelDigestsTest {
    @TempDir
    Path dir;

    private record Nav(String title, int depth) {}

    private static Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Should we fine-tune?");
        m.put("depth", 2);
        m.put("ratio", 0.5);
        m.put("current", true);
        m.put("summary", null);
        m.put("review", Map.of("owner", "Platform team", "reviewed", "2026-11-02", "reviewedText", "2 November 2026"));
        m.put("nav", List.of(new Nav("Home", 0), new Nav("Guides", 1)));
        m.put("contentHtml", "<p>Prompting first; then RAG. “Fine-tune” last — 𝒳.</p>");
        return m;
    }

    private PageDigest digest(ModelDigests d, Map<String, Object> model) {
        return d.of("page.ftlh", "guides/fine-tune/index.html", model);
    }

    @Test
    void equalModelsHaveEqualDigests() throws IOException {
        ModelDigests d = ModelDigests.of(null, null);
        assertNotNull(digest(d, model()));
        assertEquals(digest(d, model()), digest(d, model()));
        assertEquals(digest(d, model()), digest(ModelDigests.of(null, null), model()));
    }

    @Test
    void mapsWithNoOrderOfTheirOwnAreWrittenInTheOrderOfTheirKeys() throws IOException {
        ModelDigests d = ModelDigests.of(null, null);
        Map<String, Object> a = model();
        Map<String, Object> b = model();
        b.put("review", new HashMap<>(Map.of("reviewedText", "2 November 2026", "owner", "Platform team", "reviewed", "2026-11-02")));
        assertEquals(digest(d, a), digest(d, b));
        b.put("review", new TreeMap<>(Map.of("reviewedText", "2 November 2026", "owner", "Platform team", "reviewed", "2026-11-02")));
        assertEquals(digest(d, a), digest(d, b));
        // a LinkedHashMap's order is its own: a template listing it writes it in that order
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("a", "1");
        first.put("b", "2");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("b", "2");
        second.put("a", "1");
        assertNotEquals(d.of("t", "p", first), d.of("t", "p", second));
    }

    @Test
    void anyChangeToTheModelChangesTheDigest() throws IOException {
        ModelDigests d = ModelDigests.of(null, null);
        PageDigest base = digest(d, model());
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Object[] c : new Object[][] {{"title", "Should we fine-tune"}, {"title", null}, {"depth", 3}, {"depth", "2"},
                {"depth", 2L + (1L << 32)}, {"ratio", 0.25}, {"current", false}, {"current", "true"}, {"summary", ""},
                {"nav", List.of(new Nav("Guides", 1), new Nav("Home", 0))}, {"nav", List.of(new Nav("Home", 0))},
                {"nav", List.of(new Nav("Home", 1), new Nav("Guides", 1))}, {"nav", List.of(List.of("Home", 0), List.of("Guides", 1))},
                {"contentHtml", "<p>Prompting first; then RAG. “Fine-tune” last — 𝒴.</p>"},
                {"review", Map.of("owner", "Platform team", "reviewed", "2026-11-02", "reviewedText", "")}}) {
            Map<String, Object> m = model();
            m.put((String) c[0], c[1]);
            changed.add(m);
        }
        Map<String, Object> extra = model();
        extra.put("extra", "");
        changed.add(extra);
        Map<String, Object> fewer = model();
        fewer.remove("summary");
        changed.add(fewer);
        // the boundary between two strings moved: "ab","c" against "a","bc"
        Map<String, Object> split1 = model();
        split1.put("nav", List.of("ab", "c"));
        Map<String, Object> split2 = model();
        split2.put("nav", List.of("a", "bc"));
        assertNotEquals(digest(d, split1), digest(d, split2));
        for (Map<String, Object> m : changed) assertNotEquals(base, digest(d, m), m.toString());
        assertNotEquals(base, d.of("section.ftlh", "guides/fine-tune/index.html", model()), "another template");
        assertNotEquals(base, d.of("page.ftlh", "guides/fine-tune-2/index.html", model()), "another page");
    }

    @Test
    void whatElseThePageDependsOnIsInTheSeed() throws IOException {
        PageDigest base = digest(ModelDigests.of(null, null), model());
        assertNotEquals(base, digest(ModelDigests.of(null, "https://example.org/"), model()), "the base URL");
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("page.ftlh"), "<p>${title}</p>");
        PageDigest own = digest(ModelDigests.of(templates, null), model());
        assertNotEquals(base, own, "a template of the project's");
        Files.writeString(templates.resolve("page.ftlh"), "<p>${title}!</p>");
        assertNotEquals(own, digest(ModelDigests.of(templates, null), model()), "a changed template");
        Files.writeString(templates.resolve("page.ftlh"), "<p>${title}</p>");
        assertEquals(own, digest(ModelDigests.of(templates, null), model()));
        Files.writeString(templates.resolve("assets/site.css"), "p { color: teal }");
        assertNotEquals(own, digest(ModelDigests.of(templates, null), model()), "a file of the theme's assets");
    }

    @Test
    void aModelHoldingAValueOfAnotherKindHasNoDigest() throws IOException {
        ModelDigests d = ModelDigests.of(null, null);
        Map<String, Object> m = model();
        m.put("now", new StringBuilder("mutable"));
        assertNull(digest(d, m));
        m.put("now", List.of(new Object()));
        assertNull(digest(d, m));
        m.put("now", new HashMap<>(Map.of(1, "a key that is not a string")));
        assertNull(digest(d, m));
    }

    /**
     * Every page of the default site, with its digest, in three JVMs of their own ({@link #main}):
     * a Map.of or Set.of orders its entries anew in every run, and a model that takes its order
     * from one would differ between two runs most of the time, and among three almost always.
     */
    @Test
    void everyPageOfTheDefaultSiteHasTheSameDigestInEveryRun() throws IOException, InterruptedException {
        String first = run();
        assertEquals(first, run());
        assertEquals(first, run());
        assertEquals(false, first.contains("null"), first);
    }

    private String run() throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "digests", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ModelDigestsTest.class.getName(),
                Projects.repo().toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertEquals(0, p.waitFor(), () -> read(out));
        return read(out);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Prints each page of {@code args[0]}'s site with its digest. */
    public static void main(String[] args) throws IOException {
        Site site = Projects.site(Path.of(args[0]));
        TemplateSet templates = new TemplateSet(site.templatesDir());
        PageParts parts = PageParts.of(site, Theme.load(site.templatesDir()), templates);
        ModelDigests d = ModelDigests.of(site.templatesDir(), site.config().baseUrl());
        for (SitePage page : SitePages.of(site, parts.outline(), parts.tags(), parts.az())) {
            System.out.println(page.outputFile() + " " + d.of(page.template(), page.outputFile(), page.model(parts)));
        }
    }
}
