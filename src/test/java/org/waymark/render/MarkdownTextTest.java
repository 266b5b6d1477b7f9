package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.waymark.markdown.MarkdownOptions;
import org.waymark.testing.Projects;

/**
 * The one Markdown escaper: whatever the text, in each place the exports put it (a paragraph,
 * a heading, a task, bold, a link's text), a Markdown reader shows exactly the text, with no
 * markup, no list, no heading and no HTML. Read with the site's own extensions (footnotes,
 * attributes, admonitions, tables, strikethrough), less autolinking, which keeps the text.
 */
class MarkdownTextTest {
    static final List<String> TRICKY = List.of("1. first", "1) first", "- dash", "+ plus", "* star", "# hash",
            "> quote", "=== rule", "--- rule", "    four spaces", "a\n\n- b\nc", "`code` and ``more``", "~~strike~~",
            "[link](http://x.example) ![img](x.png)", "<b>bold</b> &amp; &copy; & <!-- c -->", "a | b | c",
            "[^1] footnote", "{.class #id}", "!!! note \"Title\"", "back\\slash\\", "_under_ *star* __both__",
            "line\\\nbreak", "2024. was a year", "12345678901. too long for a list", "trailing spaces   ");

    @Test
    void everyTextReadsAsItselfWhereverItLands() throws IOException {
        List<String> texts = new ArrayList<>(TRICKY);
        texts.addAll(Files.readAllLines(Projects.repo().resolve("src/test/resources/attack/xss.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList());
        for (String text : texts) {
            String md = MarkdownText.escape(text);
            String shown = text.strip().replaceAll("\\s+", " ");
            assertEquals(shown, only(md, "p"), md);
            assertEquals(shown, only("## " + md, "h2"), md);
            assertEquals(shown, only("- [ ] " + md, "li"), md);
            assertEquals(shown, only("1. x  \n   **" + md + "**", "strong"), md);
            assertEquals(shown, only("- [" + md + "](https://example.org/" + MarkdownText.url(text) + ")", "a"), md);
        }
    }

    /** A run of text inside a line keeps its outer spaces, so runs join as they did in the HTML. */
    @Test
    void anInlineRunKeepsOneSpaceAtEachEnd() {
        assertEquals(" \\*a\\* ", MarkdownText.inline("\n  *a*\t "));
        assertEquals(" 1\\. b", MarkdownText.inline(" 1. b"));
        assertEquals("\\- b", MarkdownText.escape("  - b  "));
    }

    @Test
    void anAddressCannotEndItsLinkOrBreakTheLine() {
        assertEquals("https://x.example/a%20b%28c%29%3Cd%3E%5C%0A", MarkdownText.url("https://x.example/a b(c)<d>\\\n"));
    }

    /** The text of the single {@code tag} the Markdown makes; no other element than its frame may appear. */
    private static String only(String markdown, String tag) {
        String html = HtmlRenderer.builder(OPTIONS).build().render(Parser.builder(OPTIONS).build().parse(markdown));
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Element> found = body.select(tag);
        assertEquals(1, found.size(), markdown + " -> " + html);
        for (Element e : body.getAllElements()) {
            if (!List.of("body", "p", "h2", "ul", "ol", "li", "input", "strong", "a", "br").contains(e.normalName())) {
                throw new AssertionError("<" + e.normalName() + "> in " + markdown + " -> " + html);
            }
        }
        return found.get(0).text();
    }

    private static final DataHolder OPTIONS;

    static {
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(MarkdownOptions.OPTIONS));
        extensions.removeIf(e -> e instanceof AutolinkExtension);
        OPTIONS = new MutableDataSet(MarkdownOptions.OPTIONS).set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.ESCAPE_HTML, true).toImmutable();
    }
}
