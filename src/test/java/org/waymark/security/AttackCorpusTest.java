package org.waymark.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.link.UrlSafety;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.CpuBudget;
import org.waymark.testing.FuzzRun;
import org.waymark.testing.Projects;

/**
 * Content cannot script the site: every hostile input either is refused with located
 * diagnostics (and nothing is written), or builds into pages with nothing that runs.
 */
class AttackCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void theCorpusHasAtLeastFortyInputs() {
        assertTrue(AttackCorpus.xss().size() + AttackCorpus.hostileFiles().size() >= 40);
    }

    @Test
    void hostileStringsInTextFieldsAreInertText() throws IOException {
        List<String> xss = AttackCorpus.xss();
        Path project = Projects.write(tmp.resolve("text"), AttackCorpus.textFieldsProject(xss));
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        List<String> problems = scan(project.resolve("site"));
        assertEquals(List.of(), problems);
        // The strings are shown as the text they are.
        Document tree = Jsoup.parse(project.resolve("site/decisions/attack/index.html").toFile(), "UTF-8");
        assertTrue(tree.text().contains("<script>alert(1)</script>"), "escaped, visible text");
        Document page = Jsoup.parse(project.resolve("site/pages/p0/index.html").toFile(), "UTF-8");
        assertEquals("<script>alert(1)</script> #0", page.selectFirst("h1").text());
    }

    @Test
    void hostileMarkdownIsRefusedOrCleaned() throws IOException {
        List<String> xss = AttackCorpus.xss();
        int refused = 0;
        int cleaned = 0;
        for (int i = 0; i < xss.size(); i++) {
            Path project = Projects.write(tmp.resolve("md" + i), AttackCorpus.markdownFieldsProject(xss.get(i)));
            Pipeline.Result r = Projects.build(project);
            if (r.ok()) {
                cleaned++;
                assertEquals(List.of(), scan(project.resolve("site")), "input " + i + ": " + xss.get(i));
            } else {
                refused++;
                assertFalse(Files.exists(project.resolve("site")), "a refused build writes nothing");
                String report = Projects.human(r);
                assertTrue(java.util.regex.Pattern.compile("(?m)^content/\\S+:\\d+:\\d+: error: ").matcher(report).find(),
                        report);
            }
        }
        assertTrue(refused > 0 && cleaned > 0, refused + " refused, " + cleaned + " cleaned");
    }

    @Test
    void hostileFilesEndInDiagnosticsNeverACrash() throws IOException {
        for (var e : AttackCorpus.hostileFiles().entrySet()) {
            Path project = tmp.resolve("f-" + e.getKey());
            Files.createDirectories(project.resolve("content"));
            Files.writeString(project.resolve("content/index.md"), "# Home\n");
            Files.write(project.resolve("content").resolve(e.getKey()), e.getValue());
            // Bounded by CPU time, which a busy machine stretches far less than the wall clock. The
            // 3 MB quoted YAML value alone takes SnakeYAML 3 to 10 s of CPU (more on a busy machine,
            // whose shared caches make every instruction dearer): the budget is FuzzRun's.
            Pipeline.Result r = CpuBudget.run(FuzzRun.BUDGET, e.getKey(), () -> Projects.build(project));
            assertFalse(r.ok(), e.getKey() + " must be refused");
            assertTrue(Projects.human(r).contains("content/" + e.getKey() + ":"), e.getKey() + ": " + Projects.human(r));
        }
    }

    @Test
    void trustHtmlWritesRawHtmlAsItIsAndTheScanSeesIt() throws IOException {
        Path project = Projects.write(tmp.resolve("trusted"), java.util.Map.of(
                "content/site.yaml", "title: Trusted\ntrustHtml: true\ncontentSecurityPolicy: ''\n",
                "content/index.md", "# Home\n\n<div class=\"x\"><b>bold</b> <details open ontoggle=alert(1)>x</details></div>\n"));
        Pipeline.Result r = Projects.build(project);
        // The verify stage still refuses an inline handler, trusted or not.
        assertFalse(r.ok());
        assertTrue(Projects.human(r).contains("event handler attribute 'ontoggle'"), Projects.human(r));
        Files.writeString(project.resolve("content/index.md"), "# Home\n\n<div class=\"x\"><kbd>K</kbd> <b>bold</b></div>\n");
        assertTrue(Projects.build(project).ok());
        Document d = Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("K", d.selectFirst("div.x kbd").text());
        assertTrue(d.select("meta[http-equiv]").isEmpty(), "an empty policy leaves the meta out");
    }

    /** Everything in the output that could run or load something it should not. */
    static List<String> scan(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            String where = site.relativize(p).toString();
            for (Element s : d.select("script")) {
                boolean data = s.attr("type").equals("application/json");
                if (data && s.data().contains("<")) problems.add(where + ": raw < in a JSON block");
                if (!data && !s.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.[0-9a-f]{8}\\.js")) {
                    problems.add(where + ": script not from the theme: " + s.outerHtml());
                }
            }
            for (Element e : d.select("iframe, object, embed, base, form, style, frame, frameset, applet")) {
                problems.add(where + ": <" + e.tagName() + ">");
            }
            for (Element e : d.select("meta[http-equiv]")) {
                if (!e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) problems.add(where + ": " + e);
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.startsWith("on")) problems.add(where + ": handler " + key + " on <" + e.tagName() + ">");
                    if (key.equals("style")) problems.add(where + ": style= on <" + e.tagName() + ">");
                    if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("data")
                            || key.equals("background") || key.equals("dynsrc") || key.equals("formaction"))
                            && !UrlSafety.isSafe(a.getValue())) {
                        problems.add(where + ": unsafe " + key + "=" + a.getValue());
                    }
                }
            }
        }
        return problems;
    }
}
