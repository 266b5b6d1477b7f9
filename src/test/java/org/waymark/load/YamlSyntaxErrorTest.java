package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.text.Source;

/** YAML syntax errors in an author's words, placed where the reader places every position. */
class YamlSyntaxErrorTest {
    private static Diagnostic only(String text) {
        YamlDocument doc = YamlReader.read(Source.of("content/x.yaml", text));
        assertTrue(doc instanceof YamlDocument.Broken, text);
        List<Diagnostic> found = doc.diagnostics();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Code.YAML_SYNTAX, found.get(0).code());
        return found.get(0);
    }

    @Test
    void aTabAfterAKeyIsNotCalledIndentation() {
        Diagnostic d = only("kind: decision\noptions:\n  - label:\tYes\n");
        assertEquals("a tab after 'label:'; YAML wants a space there", d.message());
        assertEquals(3, d.line());
        assertEquals(11, d.column());
    }

    @Test
    void aKeyOutOfLineNamesTheKeyToLineUpWith() {
        Diagnostic d = only("sections:\n  - title: S\n    items:\n      - text: one\n       id: x\n");
        assertEquals("'id' is not lined up with the lines above it", d.message());
        assertEquals("'text' on line 4 starts at column 9; line this up with the key it belongs beside", d.hint());
        assertEquals(5, d.line());
    }

    @Test
    void lineBreaksThatYamlCountsAndJavaDoesNotAreNoTrouble() {
        // U+2028, U+0085 and a lone CR end lines for SnakeYAML; the message must still be made, and placed
        for (String br : new String[] {"\u2028", "\u0085", "\r"}) {
            Diagnostic d = only("a: b" + br + "  c: d" + br + "   - x: y" + br + "\t e: f" + br);
            assertTrue(d.line() >= 1 && d.column() >= 1, d.toString());
            assertTrue(!d.message().isEmpty(), d.toString());
        }
    }

    @Test
    void anUnclosedQuoteIsShownWhereItOpens() {
        Diagnostic d = only("title: \"Never closed\nsections: []\n");
        assertEquals("a quoted value is never closed", d.message());
        assertEquals(1, d.line());
        assertEquals(8, d.column());
    }
}
