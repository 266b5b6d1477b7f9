package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts kept plain or deflated come back exactly, and equal texts pack to equal values. */
class PackedTextTest {
    @Test
    void everyTextComesBackExactly() {
        String lone = new String(new char[] {'a', '\uD800', 'b', '\uDC00'});
        for (String text : List.of("", "# Title\n\nLatin-1 only: café, naïve.\r\n", "A sidebar's … and 日本語 and 🙂",
                lone, "word ".repeat(20_000))) {
            for (PlainBudget budget : List.of(new PlainBudget(Long.MAX_VALUE), new PlainBudget(0))) {
                PackedText packed = PackedText.of(text, budget);
                assertEquals(text, packed.text());
                assertEquals(text, packed.text(), "and again");
                assertEquals(text, new String(packed.toCharArray()), "as characters");
            }
        }
    }

    @Test
    void aTextIsLatin1ExactlyWhenEveryCharIsBelow256() {
        String lone = new String(new char[] {'?', '\uD800', '?'});
        for (String text : List.of("", "Should we fine-tune?", "café ÿ ?", "why… ?", "?\u0100?", "a 🙂 b?", "🙂?", lone,
                "?".repeat(50) + "\u20AC", "plain")) {
            boolean below256 = text.chars().allMatch(c -> c < 256);
            byte[] encoded = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals(below256, PackedText.isLatin1(text, encoded), text);
            assertEquals(below256, PackedText.of(text, new PlainBudget(Long.MAX_VALUE)).latin1(), text);
        }
    }

    @Test
    void longOrdinaryTextTakesAFractionOfItsLength() {
        String text = "An ordinary guide repeats its words: rotate the keys, check the logs. ".repeat(60);
        PackedText packed = PackedText.of(text, new PlainBudget(0));
        assertTrue(packed.deflated());
        assertTrue(packed.bytes().length < text.length() / 3);
    }

    @Test
    void aHeapKeepsASixteenthOfItsFirst2GbAndAQuarterOfTheRestPlain() {
        long mb = 1L << 20;
        assertEquals(List.of(32 * mb, 128 * mb, 128 * mb + 256 * mb, 128 * mb + 1024 * mb),
                List.of(PlainBudget.forHeap(512 * mb), PlainBudget.forHeap(2048 * mb), PlainBudget.forHeap(3072 * mb),
                        PlainBudget.forHeap(6144 * mb)));
    }

    @Test
    void textsAreKeptPlainWhileTheyFitTheBudget() {
        PlainBudget budget = new PlainBudget(100);
        assertFalse(PackedText.of("a".repeat(60), budget).deflated());
        assertTrue(PackedText.of("b".repeat(60), budget).deflated(), "60 more do not fit in the 40 left");
        assertFalse(PackedText.of("c".repeat(40), budget).deflated(), "40 do");
        assertTrue(PackedText.of("d", budget).deflated(), "and then nothing does");
        assertFalse(PackedText.of("…", new PlainBudget(2)).deflated(), "a wide character takes two bytes");
        assertTrue(PackedText.of("……", new PlainBudget(2)).deflated());
    }

    @Test
    void whichTextsStayPlainDependsOnEachTextNotOnTheOrderTheyCameIn() {
        List<String> texts = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "w".repeat(100 + 7 * i)).toList();
        long all = texts.stream().mapToLong(String::length).sum();
        PlainBudget forwards = new PlainBudget(all / 4);
        PlainBudget backwards = new PlainBudget(all / 4);
        forwards.expect(all * 6 / 5);  // a build that expects a little more than comes
        backwards.expect(all * 6 / 5);
        boolean[] deflatedForwards = new boolean[texts.size()];
        boolean[] deflatedBackwards = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) deflatedForwards[i] = PackedText.of(texts.get(i), forwards).deflated();
        for (int i = texts.size() - 1; i >= 0; i--) deflatedBackwards[i] = PackedText.of(texts.get(i), backwards).deflated();
        org.junit.jupiter.api.Assertions.assertArrayEquals(deflatedForwards, deflatedBackwards);
        long plain = 0;
        for (int i = 0; i < texts.size(); i++) if (!deflatedForwards[i]) plain += texts.get(i).length();
        assertTrue(plain > all / 8 && plain <= all / 4, "about the budget's share is kept plain: " + plain + " of " + all);

        PlainBudget roomy = new PlainBudget(all * 2);
        roomy.expect(all);
        assertTrue(texts.stream().noneMatch(t -> PackedText.of(t, roomy).deflated()), "all fit with room to spare, so all stay plain");
    }

    @Test
    void equalTextsAreEqualAndOthersAreNot() {
        String text = "# Page\n\nSome text.\n";
        assertEquals(PackedText.of(text), PackedText.of(new String(text.toCharArray())));
        assertEquals(PackedText.of(text).hashCode(), PackedText.of(text).hashCode());
        assertNotEquals(PackedText.of(text), PackedText.of(text + " "));
        assertEquals(PackedText.of(text, new PlainBudget(0)), PackedText.of(text, new PlainBudget(0)));
        assertNotEquals(PackedText.of(text, new PlainBudget(0)), PackedText.of(text, new PlainBudget(100)),
                "kept another way");
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

    @Test
    void anyPartOfATextComesBackWithoutTheRest() {
        for (String text : List.of("", "first\r\nsecond\nthird", "A sidebar's … and 日本語 and 🙂 too", "line ".repeat(5_000))) {
            for (PlainBudget budget : List.of(new PlainBudget(Long.MAX_VALUE), new PlainBudget(0))) {
                PackedText packed = PackedText.of(text, budget);
                int step = Math.max(1, text.length() / 37);
                for (int from = 0; from <= text.length(); from += step) {
                    for (int to = from; to <= text.length(); to += step) {
                        assertEquals(text.substring(from, to), packed.substring(from, to), from + ".." + to);
                    }
                    assertEquals(text.substring(from), packed.substring(from, text.length()));
                }
            }
        }
    }

    @Test
    void aRestoredSourceReadsALineFromItsPackedText() {
        String text = "---\r\ntitle: Café 日本\r\n---\n\nBody\nlast";
        for (PlainBudget budget : List.of(new PlainBudget(Long.MAX_VALUE), new PlainBudget(0))) {
            Source s = Source.restored("a.md", PackedText.of(text, budget), Source.lineStarts(text));
            assertEquals(List.of("---", "title: Café 日本", "---", "", "Body", "last", ""),
                    List.of(s.line(1), s.line(2), s.line(3), s.line(4), s.line(5), s.line(6), s.line(7)));
        }
    }
}
