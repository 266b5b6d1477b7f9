package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Utf8 writes the bytes String.getBytes(UTF_8) writes, for every kind of char. */
class Utf8Test {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII <p>", "café · naïve", "Ελληνικά и кириллица", "…—“quotes”",
        "中文 日本語", "emoji 😀 and 𝄞", "unpaired \uD800 high", "unpaired \uDC00 low", "end \uD83D"})
    void matchesTheJdk(String s) {
        char[] chars = (s + "tail not counted").toCharArray();
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(chars, s.length()));
    }

    @Test
    void matchesTheJdkOnRandomChars() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            char[] chars = new char[random.nextInt(64)];
            for (int i = 0; i < chars.length; i++) {
                // mostly ASCII, some of every other range, surrogates paired and not
                int kind = random.nextInt(5);
                chars[i] = (char) switch (kind) {
                    case 0, 1 -> random.nextInt(0x80);
                    case 2 -> 0x80 + random.nextInt(0x780);
                    case 3 -> 0xD800 + random.nextInt(0x800);
                    default -> random.nextInt(0x10000);
                };
            }
            assertArrayEquals(new String(chars).getBytes(StandardCharsets.UTF_8), Utf8.encode(chars, chars.length));
        }
    }

    /** Texts whose bytes outgrow the first buffer many times over, and a prefix of a longer array. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "é", "…", "😀", "a…😀é"})
    void longTextsOfOneWidthAndPrefixes(String unit) {
        String s = unit.repeat(20_000 / unit.length());
        char[] chars = (s + "tail…").toCharArray();
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(chars, s.length()));
    }
}
