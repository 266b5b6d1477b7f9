package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.waymark.text.PackedText;

/** What search kept of a document is found by the document's text, however the text is kept. */
class SearchStoreTest {
    private static final String TEXT = "---\ntitle: Rotate keys\n---\n\nRotate the signing keys every quarter.\n".repeat(30);

    @Test
    void aDocumentsKeyIsItsTextNotWhetherTheTextIsKeptDeflated() {
        byte[] raw = TEXT.getBytes(StandardCharsets.ISO_8859_1);
        PackedText plain = new PackedText(raw, TEXT.length(), true, false);
        PackedText deflated = new PackedText(deflate(raw), TEXT.length(), true, true);
        assertTrue(deflated.bytes().length < raw.length / 4, "kept deflated: " + deflated);
        assertEquals(TEXT, deflated.text());
        // Past the heap's budget for plain texts, which texts are deflated varies between builds.
        assertEquals(key(plain), key(deflated));
        String edited = TEXT.replace("every quarter", "every month");
        assertNotEquals(key(plain), key(new PackedText(edited.getBytes(StandardCharsets.ISO_8859_1), edited.length(), true, false)));
        assertNotEquals(key(plain), SearchStore.key("Page", "guides/other/index.html", "guides/rotate.md", "Site", plain));
    }

    private static long key(PackedText text) {
        return SearchStore.key("Page", "guides/rotate/index.html", "guides/rotate.md", "Site", text);
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (!d.finished()) out.write(chunk, 0, d.deflate(chunk));
        d.end();
        return out.toByteArray();
    }
}
