package org.waymark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.output.MemoryOutput;
import org.waymark.testing.Projects;
import org.waymark.text.PackedText;

/**
 * What search kept of a document is found by the document's text, however the text is kept;
 * a store read back is used for every document, and a damaged one for none.
 */
class SearchStoreTest {
    @TempDir
    Path project;

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

    @Test
    void aStoreReadBackServesEveryDocumentAndADamagedOneNone() throws IOException {
        Projects.write(project, Map.of("content/site.yaml", "title: Kept\n",
                "content/index.md", "---\ntitle: Home\n---\n\nWelcome to the café.\n",
                "content/guides/rotate.md", "---\ntitle: Rotate keys\n---\n\n## Why\n\nRotate the signing keys — every quarter.\n",
                "content/guides/revoke.md", "---\ntitle: Revoke keys\n---\n\nRevoke a key the day it leaks: naïve trust costs.\n"));
        LoadResult<Site> loaded = ContentLoader.load(project, false);
        Site site = ((LoadResult.Loaded<Site>) loaded).value();
        Path file = project.resolve(".site.search");
        MemoryOutput fresh = new MemoryOutput();
        new SearchIndexFiles(site, SearchStore.at(file, "code")).write(fresh);
        assertTrue(Files.size(file) > 0, "the store is kept");

        SearchStore again = SearchStore.at(file, "code");
        MemoryOutput fromStore = new MemoryOutput();
        new SearchIndexFiles(site, again).write(fromStore);
        assertEquals(site.documents().size(), again.reused(), "every document from the store");
        assertSameFiles(fresh, fromStore);

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        SearchStore damaged = SearchStore.at(file, "code");
        MemoryOutput fromDamaged = new MemoryOutput();
        new SearchIndexFiles(site, damaged).write(fromDamaged);
        assertEquals(0, damaged.reused(), "nothing from a damaged store");
        assertSameFiles(fresh, fromDamaged);
    }

    private static void assertSameFiles(MemoryOutput expected, MemoryOutput actual) throws IOException {
        assertEquals(expected.files().keySet(), actual.files().keySet());
        for (String path : expected.files().keySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.files().get(path).bytes(),
                    actual.files().get(path).bytes(), path);
        }
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
