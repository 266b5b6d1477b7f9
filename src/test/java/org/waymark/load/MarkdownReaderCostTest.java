package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.waymark.text.Source;

/**
 * What Waymark adds to flexmark's reading stays linear: the cost of reading a text twice as
 * long, in CPU time of this thread (the least of three runs), is well under four times the
 * cost of the shorter one. Each input aims at Waymark's additions: the {@code {#id}} of a
 * heading, inline comments (CommonMark 0.31), textarea blocks, reference definitions, long
 * numeric references.
 */
class MarkdownReaderCostTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void longHeadingsWithAndWithoutAnId() {
        linear("heading", n -> "# x" + " y{#".repeat(n / 4) + " {#" + "z".repeat(n) + "}\n\n## a {#b} " + "{#c ".repeat(n / 4)
                + "\n");
    }

    @Test
    void aLongRunOfSpacesInAHeadingIsRefusedBeforeFlexmarkReadsIt() {
        String text = "# x" + " ".repeat(MarkdownLimits.MAX_BLANK_RUN + 1) + "y\n";
        Source source = Source.of("content/x.md", text);
        java.util.List<org.waymark.diagnostic.Diagnostic> out = new ArrayList<>();
        MarkdownReader.read(source, text, "x.md", PositionMap.inFile(source, 0), false, out);
        assertTrue(out.size() == 1 && out.get(0).code() == org.waymark.diagnostic.Code.MARKDOWN_LIMIT
                && out.get(0).line() == 1, out.toString());
    }

    @Test
    void commentsTextareasDefinitionsAndNumericReferences() {
        // One construct per paragraph: within one paragraph flexmark's own inline parser costs the
        // square of its length, which MarkdownLimits bounds.
        linear("blocks", n -> ("a <!-- b -- c --> d <!--> e\n\n<textarea>\n\nx\n</textarea>\n\n"
                + "[a]: <b>(c)\n\n[d]: <e> 'f'\n\n&#123456789; &#65;\n\n").repeat(n / 80));
    }

    private static void linear(String what, IntFunction<String> text) {
        int n = 20_000;
        read(text.apply(n)); // warm up
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            small = Math.min(small, cost(text.apply(n)));
            large = Math.min(large, cost(text.apply(2 * n)));
        }
        assertTrue(large < 3 * small + 20_000_000L, what + ": " + small / 1_000_000 + " ms, then "
                + large / 1_000_000 + " ms for twice the text");
    }

    private static long cost(String text) {
        long start = CPU.getCurrentThreadCpuTime();
        read(text);
        return CPU.getCurrentThreadCpuTime() - start;
    }

    private static void read(String text) {
        Source source = Source.of("content/x.md", text);
        MarkdownReader.read(source, text, "x.md", PositionMap.inFile(source, 0), false, new ArrayList<>());
    }
}
