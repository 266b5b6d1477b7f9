package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void slugsAsGitHubMakesHeadingIds() {
        assertEquals("getting-started", Slug.of("Getting started"));
        assertEquals("whats-new-in-v2_1", Slug.of("  What's new in v2_1?\t"));
        assertEquals("a---b", Slug.of("a - b"));
        assertEquals("", Slug.of("!!!"));
        assertEquals("über-straße", Slug.of("Über Straße"));
        assertEquals("日本語-テキスト", Slug.of("日本語 テキスト"));
    }

    /** The all-ASCII path is a shortcut: it gives what the general one gives, for any text. */
    @Test
    void theAsciiPathAgreesWithTheGeneralOne() {
        Random random = new Random(7);
        String alphabet = " \t\n\r\u000b\f\u001c-_.,:;!?'\"()[]{}#/\\*&^%$@~`+=<>|09azAZmM";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(24);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(Slug.general(text), Slug.of(text), () -> "slug of \"" + text + "\"");
        }
    }
}
