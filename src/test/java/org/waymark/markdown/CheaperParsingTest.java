package org.waymark.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.waymark.testing.SpecExamples;

/**
 * The tables and autolink extensions' parsing as Waymark sets it up ({@link TableParagraphs},
 * {@link AutolinkText}: built once, skipping what cannot match) gives exactly the tree that
 * flexmark's own extensions give, for every CommonMark example and for pages cut from them and
 * from the features' examples at random.
 */
class CheaperParsingTest {
    private static final Parser OURS = MarkdownParser.build(true, true, true);
    private static final Parser FLEXMARK = MarkdownParser.build(true, true, false);

    @Test
    void theTreesAreFlexmarksOwn() {
        List<String> pages = new ArrayList<>();
        SpecExamples.all().forEach(ex -> pages.add(ex.markdown()));
        pages.addAll(TreeHtmlAgreementTest.randomPages(new Random(Long.getLong("waymark.fuzzSeed", 12L)), 3000));
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String ours = ast(OURS.parse(page));
            String theirs = ast(FLEXMARK.parse(page));
            if (!ours.equals(theirs)) problems.add("--- markdown\n" + page + "\n--- flexmark\n" + theirs + "\n--- ours\n" + ours);
        }
        assertEquals(List.of(), problems);
    }

    /** Every node with its class, offsets and details (URLs, reference state, text), indented by depth. */
    private static String ast(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }
}
