package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts kept deflated come back exactly, and equal texts pack to equal values. */
class PackedTextTest {
    @Test
    void everyTextComesBackExactly() {
        String lone = new String(new char[] {'a', '\uD800', 'b', '\uDC00'});
        for (String text : List.of("", "# Title\n\nLatin-1 only: café, naïve.\r\n", "A sidebar's … and 日本語 and 🙂",
                lone, "word ".repeat(20_000))) {
            PackedText packed = PackedText.of(text);
            assertEquals(text, packed.text());
            assertEquals(text, packed.text(), "and again");
            assertEquals(text, new String(packed.toCharArray()), "as characters");
        }
    }

    @Test
    void longOrdinaryTextTakesAFractionOfItsLength() {
        String text = "An ordinary guide repeats its words: rotate the keys, check the logs. ".repeat(60);
        assertTrue(PackedText.of(text).bytes().length < text.length() / 3);
    }

    @Test
    void equalTextsAreEqualAndOthersAreNot() {
        String text = "# Page\n\nSome text.\n";
        assertEquals(PackedText.of(text), PackedText.of(new String(text.toCharArray())));
        assertEquals(PackedText.of(text).hashCode(), PackedText.of(text).hashCode());
        assertNotEquals(PackedText.of(text), PackedText.of(text + " "));
        assertEquals(Source.of("a.md", text), Source.of("a.md", new String(text.toCharArray())));
        assertNotEquals(Source.of("a.md", text), Source.of("b.md", text));
    }

    @Test
    void aSourceWhoseTextWasLetGoReadsItsLinesAgain() {
        Source s = Source.of("a.md", "first\r\nsecond\nthird");
        System.gc();
        assertEquals("first", s.line(1));
        assertEquals("third", s.line(3));
        assertEquals(new Position(2, 3), s.positionAt(9));
        assertEquals("first\r\nsecond\nthird", s.text());
    }
}
