package org.waymark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void byteOrderMarkIsDroppedAndCrlfBecomesLf() {
        byte[] bytes = ("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n").getBytes(StandardCharsets.UTF_8);
        var r = assertInstanceOf(TextDecoder.Text.class, TextDecoder.decode("x.md", bytes));
        assertEquals("---\ntitle: A\n---\nBody\n", r.text());
    }

    @Test
    void invalidBytesNameTheLineAndColumn() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, '(', '\n'};
        var f = assertInstanceOf(TextDecoder.Failure.class, TextDecoder.decode("x.md", bytes));
        assertEquals(2, f.diagnostic().line());
        assertEquals(3, f.diagnostic().column());
    }

    @Test
    void overlongEncodingsAreRejected() {
        byte[] overlongSlash = {'a', (byte) 0xC0, (byte) 0xAF};
        assertInstanceOf(TextDecoder.Failure.class, TextDecoder.decode("x.md", overlongSlash));
    }

    @Test
    void nulBytesMeanBinary() {
        assertInstanceOf(TextDecoder.Failure.class, TextDecoder.decode("x.md", new byte[] {'a', 0, 'b'}));
    }

    /** ASCII with LF line ends is copied as it is; anything else goes through the decoder, and both agree. */
    @Test
    void plainAsciiAndEverythingElseGiveTheSameText() {
        for (String text : new String[] {"", "# A\n\nText.\n", "\uFEFF# A\n", "# A\r\nB\r\n", "# Caf\u00e9 \u2014 \u2026\n",
                "~\u007f\n", "# \uD83D\uDE00\n"}) {
            var r = assertInstanceOf(TextDecoder.Text.class, TextDecoder.decode("x.md", text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(text.replace("\uFEFF", "").replace("\r\n", "\n"), r.text(), text);
        }
        assertInstanceOf(TextDecoder.Failure.class, TextDecoder.decode("x.md", new byte[] {'a', '\n', 0}));
    }
}
