package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.HtmlSanitizer;
import org.waymark.link.Href;
import org.waymark.testing.MarkdownPages;
import org.waymark.testing.SpecExamples;
import org.waymark.testing.Scratch;

/**
 * The HTML writer invents no link. Pages made of the CommonMark examples, cut at random places
 * and joined at random, are built through the pipeline beside every file their links name;
 * in each page that builds, every URL in the Markdown body is one the content wrote (the same
 * file or anchor, or the same absolute URL, as a plain reading of the text gives), never a
 * "#" nobody wrote nor a slot, and each page that is refused has its errors in its own lines.
 * The seed is fixed so that a failure repeats; -Dwaymark.fuzzSeed=N tries another.
 */
class WriterFuzzTest {
    private static final int PAGES = 200;
    private static final MutableDataSet FORMAT = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                    AdmonitionExtension.create()));
    private static final Parser PARSER = Parser.builder(FORMAT).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(FORMAT).build();

    @Test
    void everyUrlInABuiltBodyIsOneTheContentWrote() throws IOException {
        long seed = Long.getLong("waymark.fuzzSeed", 14L);
        Random random = new Random(seed);
        List<SpecExamples.Example> examples = SpecExamples.all();
        List<SpecExamples.Example> linking = examples.stream()
                .filter(x -> x.html().contains("href=") || x.html().contains("src=") || x.markdown().contains("](")).toList();
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, byte[]> targets = new TreeMap<>();
        for (int i = 0; i < PAGES; i++) {
            String body = body(random, random.nextBoolean() ? linking : examples);
            String name = String.format("z%03d", i);
            bodies.put(name, body);
            for (String url : written(body)) {
                String c = SpecRun.contentUrl(url, "");
                if (!c.startsWith("content:")) continue;
                String path = c.substring("content:".length()).replaceFirst("#.*", "");
                if (!path.isEmpty() && !path.startsWith("z") && !path.contains("\u0000") && !path.equals("site.yaml")) {
                    targets.put(path, path.endsWith(".md") ? "---\ntitle: T\n---\nT\n".getBytes(StandardCharsets.UTF_8)
                            : path.endsWith(".html") ? "<!doctype html><title>t</title><h1>t</h1>".getBytes(StandardCharsets.UTF_8)
                            : "x".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        Set<String> folders = new HashSet<>();
        for (String t : targets.keySet()) for (int s = t.indexOf('/'); s >= 0; s = t.indexOf('/', s + 1)) folders.add(t.substring(0, s));
        targets.keySet().removeIf(folders::contains);
        targets.keySet().removeIf(t -> t.endsWith(".yaml") || t.endsWith(".yml") || t.endsWith(".paths.txt"));

        Map<String, String> pages = new LinkedHashMap<>();
        bodies.forEach((name, body) -> pages.put(name, "---\ntitle: Fuzz " + name + "\n---\n" + body));
        Map<String, MarkdownPages.Result> built = MarkdownPages.build(Scratch.dir("wm-fuzz"), pages, targets,
                "title: Fuzz\n");
        List<String> problems = new ArrayList<>();
        int pagesBuilt = 0;
        int urls = 0;
        for (var e : built.entrySet()) {
            String name = e.getKey();
            int lastLine = 3 + (int) bodies.get(name).lines().count() + 1;
            if (e.getValue() instanceof MarkdownPages.Refused refused) {
                for (Diagnostic d : refused.diagnostics()) {
                    if (d.isError() && (d.line() <= 3 || d.line() > lastLine)) problems.add(name + ": not in its lines: " + d);
                }
                continue;
            }
            pagesBuilt++;
            MarkdownPages.Built page = (MarkdownPages.Built) e.getValue();
            if (page.page().outerHtml().contains("wmslot")) problems.add(name + ": a slot marker is left in the page");
            Set<String> wrote = new HashSet<>();
            for (String url : written(bodies.get(name))) wrote.add(canonical(url, ""));
            Element prose = page.prose();
            prose.select("div.embed").remove(); // the theme's
            for (Element el : prose.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    if (!HtmlSanitizer.URL_ATTRIBUTES.contains(a.getKey())) continue;
                    urls++;
                    String ours = canonical(a.getValue(), name + "/");
                    // A folder's page: index.html, written as the folder (or its index.md).
                    String folder = ours.replaceFirst("^content:((?:[^#]*/)?)index\\.md(#|$)", "content:$1$2")
                            .replaceFirst("^(content:[^#]+)/(#|$)", "$1$2");
                    String bare = ours.replaceFirst("^(content:[^#]*)\\.md(#|$)", "$1$2");
                    if (!wrote.contains(ours) && !wrote.contains(folder) && !wrote.contains(bare)) {
                        problems.add(name + ": " + a.getKey() + "=\"" + a.getValue() + "\" (" + ours + ") is not one the"
                                + " content wrote: " + wrote + "\n" + bodies.get(name));
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "seed " + seed);
        assertTrue(pagesBuilt > PAGES / 3 && urls > 100, pagesBuilt + " pages built, " + urls + " URLs; seed " + seed);
    }

    /** Two to five pieces of random examples (of {@code examples}), each cut at random, joined with nothing, a line break or a blank line. */
    private static String body(Random random, List<SpecExamples.Example> examples) {
        StringBuilder b = new StringBuilder();
        int pieces = 2 + random.nextInt(4);
        for (int p = 0; p < pieces; p++) {
            String md = examples.get(random.nextInt(examples.size())).markdown();
            int from = random.nextInt(3) == 0 ? random.nextInt(md.length()) : 0;
            int to = random.nextInt(3) == 0 ? from + random.nextInt(md.length() - from + 1) : md.length();
            b.append(md, from, to).append(switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> "\n";
                default -> "\n\n";
            });
        }
        return b.toString().replace("\u0000", "");
    }

    /** The URLs a plain reading of the text writes: every URL attribute of its HTML. */
    private static List<String> written(String body) {
        List<String> out = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(body))).body().getAllElements()) {
            for (Attribute a : el.attributes()) if (HtmlSanitizer.URL_ATTRIBUTES.contains(a.getKey())) out.add(a.getValue());
        }
        return out;
    }

    /** A URL as the file and anchor it names (a page as its .md), or an absolute one decoded, to compare. */
    private static String canonical(String url, String folder) {
        String c = SpecRun.contentUrl(url, folder).replaceFirst("^(content:(?:[^#]*/)?)index\\.html(#|$)", "$1index.md$2")
                .replaceFirst("^(content:[^#]*)/index\\.md(#|$)", "$1.md$2");
        return c.startsWith("content:") || c.startsWith("#") || c.isEmpty() ? c : Href.percentDecode(c);
    }
}
