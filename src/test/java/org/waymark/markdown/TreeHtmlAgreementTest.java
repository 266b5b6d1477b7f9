package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.testing.Projects;
import org.waymark.testing.SpecExamples;

/**
 * Waymark's own HTML writer ({@link TreeHtml}) writes exactly what flexmark's HtmlRenderer,
 * with Waymark's options and node renderers, writes for the same tree: the same bytes and the
 * same slots, for every CommonMark example, for pages cut from them at random and joined, for
 * the Markdown features' own examples and for every Markdown file in this repository.
 * The seed is fixed so that a failure repeats; -Dwaymark.fuzzSeed=N tries another.
 */
class TreeHtmlAgreementTest {
    @Test
    void everySpecExampleIsWrittenAsFlexmarkWritesIt() {
        List<String> problems = new ArrayList<>();
        int written = 0;
        for (SpecExamples.Example ex : SpecExamples.all()) written += compare("example " + ex.number(), ex.markdown(), problems);
        assertEquals(List.of(), problems);
        assertTrue(written > 600, written + " written by TreeHtml");
    }

    @Test
    void randomPagesCutFromTheExamplesAreWrittenAsFlexmarkWritesThem() {
        long seed = Long.getLong("waymark.fuzzSeed", 12L);
        List<String> problems = new ArrayList<>();
        int i = 0;
        for (String page : randomPages(new Random(seed), 3000)) compare("seed " + seed + " page " + i++, page, problems);
        assertEquals(List.of(), problems);
    }

    /** {@code count} pages of one to five pieces of CommonMark examples and feature examples, cut at random, some in a quote, list or table. */
    static List<String> randomPages(Random random, int count) {
        List<SpecExamples.Example> examples = SpecExamples.all();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(5);
            for (int p = 0; p < pieces; p++) {
                String md = random.nextInt(3) == 0 ? FEATURES.get(random.nextInt(FEATURES.size()))
                        : examples.get(random.nextInt(examples.size())).markdown();
                int from = random.nextInt(3) == 0 ? random.nextInt(md.length()) : 0;
                int to = random.nextInt(3) == 0 ? from + random.nextInt(md.length() - from + 1) : md.length();
                String prefix = switch (random.nextInt(6)) {
                    case 0 -> "> ";
                    case 1 -> "- ";
                    case 2 -> "1. ";
                    case 3 -> "| a | b |\n| - | :-: |\n| ";
                    default -> "";
                };
                b.append(prefix).append(md, from, to).append(switch (random.nextInt(3)) {
                    case 0 -> "";
                    case 1 -> "\n";
                    default -> "\n\n";
                });
            }
            pages.add(b.toString());
        }
        return pages;
    }

    /** The extensions' features, and what Waymark writes its own way, which the CommonMark examples lack. */
    private static final List<String> FEATURES = List.of(
            "| a | b |\n|:--|--:|\n| `x` | **y** |\n| [l](x.md) | ~~s~~ |\n", "a | b\n-- | --\nc\n\nafter\n",
            "| h |\n| :-: |\n| c |\n[caption]\n", "- [ ] open\n- [x] done\n", "- [ ] loose\n\n- [x] items\n\n  more\n",
            "1. [ ] one\n2. [X] two\n", "~~struck~~ and ~single~\n", "!!! warning \"Be careful\"\n    text **here**\n\n    more\n",
            "!!! note\n    - a\n    - b\n", "??? tip\n    folded\n", "```embed\ndecisions/tree.yaml\n```\n",
            "```embed\n```\n", "Go to https://example.com/a_b?c=d&e=f, www.example.org or me@example.com.\n",
            "<https://x.example/a b> <mailto:a@b.example> <a@b.example> <ftp://x.example>\n",
            "[a](javascript:x) [b][j] ![c](javascript:y) ![d][j] [e](javascript:x)\n\n[j]: javascript:z\n",
            "[same](a.md) [same](a.md) ![same](a.md) [other](b.md#x \"T\") [t](<c d.md> 'x&y')\n",
            "# Title\n\ntext\n\n# Another\n## Sub {#custom}\n", "<!-- c -->\n# After a comment\n",
            "<textarea>\n*not* md\n\n</textarea>\n", "<div>\n<p>raw</p>\n</div>\n\n<script>\nx\n\ny\n</script>\n",
            "a <span>b</span> <!-- c --> &amp; &#35; &#x26; &copy; &bogus;\n", "`` a ` b `` `  ` ` c `\n",
            "Footnote[^1].\n\n[^1]: The note.\n", "line  \nbreak\\\nand\ttab\n", "\t\tcode\n\n    more\n",
            "```java {x}\nint a;\n```\n~~~\nplain\n~~~\n", "> quote\n>\n> > nested\n", "***\n---\n___\n",
            "Setext\n===\n\nTwo\n---\n", "1) a\n5) b\n\n7. c\n", "* a\n\n  b\n* c\n");

    @Test
    void everyMarkdownFileOfTheRepositoryIsWrittenAsFlexmarkWritesIt() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String dir : List.of("content", "docs", "src/test/resources", "src/main/resources")) {
            try (Stream<Path> all = Files.walk(Projects.repo().resolve(dir))) {
                for (Path p : all.filter(f -> f.toString().endsWith(".md")).toList()) {
                    compare(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8), problems);
                    files++;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(files > 50, files + " files");
    }

    /** 1 when TreeHtml wrote it (rather than handing it to flexmark). */
    private static int compare(String name, String markdown, List<String> problems) {
        int tree = 0;
        for (boolean drop : new boolean[] {false, true}) {
            Document a = parse(markdown);
            Document b = parse(markdown);
            if (!TreeHtml.writes(a)) continue;
            tree = 1;
            MarkdownHtmlWriter.Written ours = MarkdownHtmlWriter.write(a, drop);
            MarkdownHtmlWriter.Written theirs = MarkdownHtmlWriter.writeWithFlexmark(b, drop);
            if (!ours.equals(theirs)) {
                problems.add(name + (drop ? " (title dropped)" : "") + "\n--- markdown\n" + markdown + "\n--- flexmark\n"
                        + theirs + "\n--- ours\n" + ours);
            }
        }
        return tree;
    }

    private static Document parse(String markdown) {
        Document doc = MarkdownParser.parse(markdown, "page.md");
        Map<Node, String> ids = new IdentityHashMap<>();
        int[] n = {0};
        collect(doc, ids, n);
        doc.set(MarkdownParser.HEADING_IDS, ids);
        return doc;
    }

    private static void collect(Node node, Map<Node, String> ids, int[] n) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Heading h && n[0]++ % 3 != 0) ids.put(h, "h-" + n[0] + (n[0] % 5 == 0 ? "&\"<" : ""));
            collect(c, ids, n);
        }
    }
}
