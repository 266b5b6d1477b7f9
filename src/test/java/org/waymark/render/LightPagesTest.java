package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/** Issue 12, item 7: pages carry no class that nothing uses, no indentation, and only the scripts they run. */
class LightPagesTest {
    @TempDir
    Path tmp;

    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

    /** Classes of Markdown's own HTML, kept for authors' and highlighters' CSS: code languages, footnotes, task lists, admonition kinds. */
    private static boolean markdowns(String name) {
        return name.startsWith("language-") || name.startsWith("footnote") || name.startsWith("task-list-item")
                || name.startsWith("admonition-");
    }

    @Test
    void everyClassOnTheDefaultSiteIsUsedByTheThemesCssOrScripts() throws IOException {
        Path site = tmp.resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true));
        assertTrue(r.ok(), r.report().toString());
        StringBuilder css = new StringBuilder();
        StringBuilder js = new StringBuilder();
        try (Stream<Path> assets = Files.list(Projects.repo().resolve("templates/assets"))) {
            for (Path a : assets.toList()) {
                String name = a.getFileName().toString();
                if (name.endsWith(".css")) css.append(Files.readString(a));
                if (name.endsWith(".js")) js.append(Files.readString(a));
            }
        }
        TreeSet<String> unused = new TreeSet<>();
        for (Path page : htmlFiles(site)) {
            Matcher m = CLASS.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                for (String name : m.group(1).trim().split("\\s+")) {
                    if (name.isEmpty() || markdowns(name)) continue;
                    String q = Pattern.quote(name);
                    boolean inCss = Pattern.compile("\\." + q + "(?![\\w-])").matcher(css).find();
                    boolean inJs = Pattern.compile("['\". ]" + q + "(?![\\w-])").matcher(js).find();
                    if (!inCss && !inJs) unused.add(name + " (" + site.relativize(page) + ")");
                }
            }
        }
        assertEquals(new TreeSet<>(), unused, "classes that no CSS rule or script uses");
    }

    @Test
    void noLineOutsidePreStartsWithIndentation() throws IOException {
        Path site = tmp.resolve("site");
        assertTrue(Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true)).ok());
        Pattern indented = Pattern.compile("\n[ \t]+<");
        for (Path page : htmlFiles(site)) {
            String html = Files.readString(page, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<(pre|textarea|script)\\b.*?</\\1>", "");
            assertFalse(indented.matcher(html).find(), site.relativize(page).toString());
        }
    }

    @Test
    void preformattedTextIsKeptExactly() throws IOException {
        Projects.write(tmp, Map.of("content/index.md", "---\ntitle: Home\n---\n\n```\n  two\n\n    four\n```\n\n"
                + "<div>\n   <pre>\n  kept\n</pre>\n</div>\n"));
        Path site = tmp.resolve("site");
        assertTrue(Projects.build(tmp).ok());
        Document d = Jsoup.parse(Files.readString(site.resolve("index.html")));
        assertEquals("  two\n\n    four\n", d.selectFirst("pre code").wholeText());
    }

    @Test
    void wizardAndChecklistScriptsLoadOnlyWhereATreeOrChecklistIs() throws IOException {
        Path site = tmp.resolve("site");
        assertTrue(Pipeline.run(new Pipeline.Options(Projects.repo(), site, false, false, true)).ok());
        Map<String, List<String>> expected = Map.of(
                "guides/cost-ladder/index.html", List.of(),
                "decisions/should-we-fine-tune/index.html", List.of("wizard"),
                "checklists/fine-tuning-pipeline/index.html", List.of("checklist"),
                "guides/evals-first/index.html", List.of("checklist"));
        for (var e : expected.entrySet()) {
            Document d = Jsoup.parse(Files.readString(site.resolve(e.getKey())));
            List<String> scripts = new ArrayList<>();
            for (String name : List.of("wizard", "checklist")) {
                if (!d.select("script[src*=/" + name + ".]").isEmpty()) scripts.add(name);
            }
            assertEquals(e.getValue(), scripts, e.getKey());
        }
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
