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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.waymark.testing.MarkdownPages;
import org.waymark.testing.Projects;
import org.waymark.testing.SpecExamples;
import org.waymark.testing.Scratch;

/**
 * No text an author wrote ever vanishes from a page: the visible text of each built page
 * holds every word of the text its source shows when read as the format says (CommonMark
 * with the named extensions, by a parser built here from that list alone, so an extension that
 * swallowed words would be caught). Run over every Markdown page in the repository's projects
 * and over the CommonMark examples (against the spec's own HTML).
 */
class NoTextLostTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final MutableDataSet FORMAT = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                    AdmonitionExtension.create()));
    private static final Parser PARSER = Parser.builder(FORMAT).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(FORMAT).build();

    @Test
    void everyWordOfEverySpecExampleIsOnItsPage() {
        SpecRun.Results results = SpecRun.results();
        List<String> losses = new ArrayList<>();
        int pages = 0;
        for (SpecExamples.Example ex : SpecExamples.all()) {
            SpecRun.Outcome o = results.withTargets().getOrDefault(ex.number(), results.asWritten().get(ex.number()));
            if (o.kind() == SpecRun.Kind.REFUSED) continue;
            pages++;
            Set<String> missing = words(Jsoup.parseBodyFragment(ex.html()).body());
            missing.removeAll(words(Jsoup.parseBodyFragment(o.got()).body()));
            if (!missing.isEmpty()) losses.add("example " + ex.number() + ": " + missing + "\n" + ex.markdown());
        }
        assertEquals(List.of(), losses);
        assertTrue(pages > 600, pages + " pages");
    }

    @Test
    void everyWordOfEveryMarkdownPageInTheRepositoryIsOnItsPage() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Projects.repo())) {
            files = walk.filter(p -> p.toString().endsWith(".md") && p.toString().contains("/content/")
                    && !p.toString().contains("/target/")).sorted().toList();
        }
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, Path> from = new LinkedHashMap<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                continue; // a fixture of invalid UTF-8
            }
            if (text.contains("\ndraft: true")) continue;
            String name = String.format("p%03d", pages.size());
            pages.put(name, text);
            from.put(name, f);
        }
        // Links into the projects these pages came from are broken here: lowered to warnings, they
        // are written as their text, which is what this test reads.
        String site = "title: Fixtures\nchecks: {WM201: warning, WM202: warning, WM203: warning, WM204: warning,"
                + " WM206: warning, WM207: warning}\n";
        Map<String, MarkdownPages.Result> built = MarkdownPages.build(Scratch.dir("wm-text"), pages,
                Map.of(), site);
        List<String> losses = new ArrayList<>();
        int checked = 0;
        for (var e : built.entrySet()) {
            if (!(e.getValue() instanceof MarkdownPages.Built b)) continue;
            checked++;
            Set<String> missing = words(source(pages.get(e.getKey())));
            missing.removeAll(words(b.page().selectFirst("main")));
            if (!missing.isEmpty()) losses.add(Projects.repo().relativize(from.get(e.getKey())) + ": " + missing);
        }
        assertEquals(List.of(), losses);
        assertTrue(checked >= 30, checked + " of " + pages.size() + " pages built");
    }

    /** The body's HTML as the format reads it, without embed blocks (the page shows the tree instead of the path). */
    private static Element source(String file) {
        Matcher fm = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL).matcher(file);
        String body = fm.find() ? file.substring(fm.end()) : file;
        Element html = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(body))).body();
        html.select("code.language-embed").remove();
        return html;
    }

    /**
     * The words of each text node, lower-cased; script and style contents are not text, and an
     * ordered list's item numbers are (the browser shows them).
     */
    private static Set<String> words(Element root) {
        Set<String> out = new TreeSet<>();
        for (Element ol : root.select("ol")) {
            int n = ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
            for (Element li : ol.children()) if (li.normalName().equals("li")) out.add(String.valueOf(n++));
        }
        for (TextNode t : allText(root)) {
            Matcher m = WORD.matcher(t.getWholeText());
            while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<TextNode> allText(Element root) {
        List<TextNode> out = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t && !(t.parentNode() instanceof Element p
                    && (p.normalName().equals("script") || p.normalName().equals("style")))) {
                out.add(t);
            }
        });
        return out;
    }
}
