package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Rendered HTML written back as Markdown (decision records, a tree's Markdown export) renders
 * again to the same HTML: nothing the author wrote is lost or changed on the way. Each case is
 * built as a page, its HTML turned into Markdown, that Markdown built as a page, and the two
 * pages' bodies compared.
 */
class HtmlAsMarkdownTest {
    static final List<String> CASES = List.of(
            "Plain *emphasis*, **strong**, ~~struck~~ and `code` with a [link](https://example.com/a_(b)).",
            "A line ending in a break  \nand the next one.",
            "1. First step\n   - nested point\n   - another\n2. Second step\n",
            "3. Starts at three\n4. Four\n",
            "- Loose one\n\n- Loose two\n\n  With a second paragraph.\n",
            "- [x] Done task\n- [ ] Open task\n",
            "- One list\n\n* Another list right after it\n",
            "```sh\nmake left\n  indented\n```\n",
            "````\ncode with ``` inside\n````\n",
            "Code with `` a ` backtick `` inside.",
            "> A quote with **bold**.\n>\n> - and a list\n",
            "| Step | Owner | Cost |\n|:-----|:-----:|-----:|\n| Build | Ana | 3 |\n| Ship `a\\|b` | Bo \\| Co | 4 |\n",
            "Text before a rule\n\n***\n\nText after it.",
            "1. Item with code\n\n   ```\n   x = 1\n   ```\n2. Next\n",
            "Characters that look like markup: 1. not a list, # not a heading, \\<b> not a tag, * not emphasis *, &amp; an entity.",
            "- Outer\n  1. inner one\n  2. inner two\n- Outer again\n");

    @TempDir
    Path dir;

    @Test
    void markdownWrittenFromTheHtmlRendersToTheSameHtml() throws IOException {
        List<String> first = bodies(dir.resolve("first"), CASES);
        List<String> markdown = new ArrayList<>();
        for (String html : first) markdown.add(HtmlAsMarkdown.blocks(html, href -> href));
        List<String> second = bodies(dir.resolve("second"), markdown);
        for (int i = 0; i < CASES.size(); i++) {
            assertEquals(first.get(i), second.get(i), "case " + i + ":\n" + CASES.get(i) + "\nwritten back as:\n" + markdown.get(i));
        }
    }

    @Test
    void imagesAndHeadingsAreKept() {
        assertEquals("![A map of the road](../img/map.png)\n\n#### Next steps",
                HtmlAsMarkdown.blocks("<p><img src=\"../img/map.png\" alt=\"A map of the road\"></p><h2 id=\"x\">Next steps</h2>",
                        href -> href));
    }

    /** Each Markdown text built as a guide; the HTML of each guide's body, in order. */
    private static List<String> bodies(Path project, List<String> markdown) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Round trip\n");
        StringBuilder index = new StringBuilder("---\ntitle: Home\n---\n\n");
        for (int i = 0; i < markdown.size(); i++) {
            files.put("content/p" + i + ".md", "---\ntitle: Case " + i + "\n---\n\n" + markdown.get(i) + "\n");
            index.append("- [Case ").append(i).append("](p").append(i).append(".md)\n");
        }
        files.put("content/index.md", index.toString());
        Projects.write(project, files);
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            var page = Jsoup.parse(Files.readString(project.resolve("site/p" + i + "/index.html")));
            // MarkdownText.url writes an address's parentheses percent-encoded: the same address
            out.add(page.selectFirst("div.prose").html().replace("%28", "(").replace("%29", ")"));
        }
        return out;
    }
}
