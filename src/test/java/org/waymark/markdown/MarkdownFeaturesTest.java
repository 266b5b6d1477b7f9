package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.testing.MarkdownPages;
import org.waymark.testing.NormalHtml;
import org.waymark.testing.Projects;
import org.waymark.testing.SpecExamples;
import org.waymark.testing.Scratch;

/**
 * Golden examples of the Markdown the format adds to CommonMark (tables, task lists,
 * strikethrough, footnotes, admonitions, heading anchors, links to content, bare links, raw
 * HTML cleaned, embeds), in src/test/resources/markdown/features.txt, each built as a page
 * through the real pipeline. Ids and rewritten hrefs are compared exactly.
 */
class MarkdownFeaturesTest {
    static final Path FILE = Projects.repo().resolve("src/test/resources/markdown/features.txt");

    /** The pages the examples link to and embed. */
    static final Map<String, byte[]> FIXTURES = Map.of(
            "other.md", bytes("---\ntitle: Other\n---\n## Part one\n\n## Custom {#mine}\n"),
            "tree.yaml", bytes("kind: decision\ntitle: Pick one\nstart: q\nnodes:\n  q:\n    question: Which?\n"
                    + "    options:\n      - {label: A, next: a}\n      - {label: B, next: b}\n"
                    + "  a: {outcome: Take A}\n  b: {outcome: Take B}\n"),
            "list.yaml", bytes("kind: checklist\ntitle: Ship it\nsections:\n  - items:\n      - {id: item-one, text: One}\n"),
            "img.png", bytes("not really a picture"));

    @TestFactory
    Stream<DynamicTest> everyFeatureIsWrittenAsItsExampleSays() throws IOException {
        List<SpecExamples.Example> examples = SpecExamples.parse(Files.readString(FILE, StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 10, "examples in " + FILE);
        Map<String, String> pages = new LinkedHashMap<>();
        for (SpecExamples.Example ex : examples) pages.put("f" + ex.number(), "---\ntitle: Feature " + ex.number() + "\n---\n" + ex.markdown());
        Map<String, MarkdownPages.Result> built = MarkdownPages.build(Scratch.dir("wm-features"), pages,
                FIXTURES, "title: Features\n");
        List<String> actual = new ArrayList<>();
        for (SpecExamples.Example ex : examples) {
            MarkdownPages.Result r = built.get("f" + ex.number());
            actual.add(r instanceof MarkdownPages.Built b ? html(b.prose()) : "refused: " + r.diagnostics());
        }
        if (Boolean.getBoolean("waymark.updateGolden")) rewrite(actual);
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.number() + ". " + ex.section(), () -> {
            MarkdownPages.Result r = built.get("f" + ex.number());
            assertInstanceOf(MarkdownPages.Built.class, r, () -> "refused: " + r.diagnostics());
            assertTrue(r.diagnostics().stream().noneMatch(Diagnostic::isError));
            assertEquals(NormalHtml.of(ex.html()), NormalHtml.of(actual.get(ex.number() - 1)),
                    "example " + ex.number() + "\n" + ex.markdown());
        }));
    }

    /** The page's body, an embed shown down to its title only. */
    private static String html(Element prose) {
        for (Element embed : prose.select("div.embed")) {
            Element title = embed.selectFirst(".embed-title");
            embed.empty();
            if (title != null) embed.appendChild(title);
        }
        prose.ownerDocument().outputSettings().prettyPrint(false);
        return prose.html().strip() + "\n";
    }

    /** Writes {@code actual} as the HTML of each example, in order. */
    private static void rewrite(List<String> actual) throws IOException {
        String fence = "`".repeat(32);
        StringBuilder out = new StringBuilder();
        int example = 0;
        boolean inHtml = false;
        boolean inExample = false;
        for (String line : Files.readString(FILE, StandardCharsets.UTF_8).split("\n", -1)) {
            if (!inExample && line.equals(fence + " example")) {
                inExample = true;
            } else if (inExample && !inHtml && line.equals(".")) {
                inHtml = true;
                out.append(line).append('\n').append(actual.get(example++));
                continue;
            } else if (inHtml && line.equals(fence)) {
                inHtml = false;
                inExample = false;
            } else if (inHtml) {
                continue;
            }
            out.append(line).append('\n');
        }
        Files.writeString(FILE, out.substring(0, out.length() - 1), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
