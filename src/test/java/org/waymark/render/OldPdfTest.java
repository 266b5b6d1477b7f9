package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An old PDF is kept only when it is a whole PDF, a regular file of the old site, and its identifier is the key asked for. */
class OldPdfTest {
    private static final String KEY = "41CCC2B4E7ABF7CCB9A182100A46F53C";
    private static final String PDF = "%PDF-1.4\n...objects...\n25 0 obj\n<<\n/Root 1 0 R\n/ID [<" + KEY + "> <" + KEY
            + ">]\n/Type /XRef\n>>\nstream\nendstream\nendobj\nstartxref\n22427\n%%EOF\n";

    @TempDir
    Path dir;

    /** The old site's file {@code name}, after writing {@code text} to it. */
    private Optional<byte[]> write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
        return OldFiles.in(dir).read(name);
    }

    @Test
    void readsTheIdentifierFromTheTrailer() {
        assertArrayEquals(HexFormat.of().parseHex(KEY), OldPdf.key(PDF.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
    }

    @Test
    void keepsAWholePdfWithTheKey() throws IOException {
        assertTrue(OldPdf.matching(write("a.pdf", PDF), HexFormat.of().parseHex(KEY)).isPresent());
    }

    @Test
    void refusesAnotherKeyAFileCutShortAMissingFileAndOtherFiles() throws IOException {
        byte[] key = HexFormat.of().parseHex(KEY);
        assertEquals(Optional.empty(), OldPdf.matching(write("b.pdf", PDF), HexFormat.of().parseHex(KEY.replace('4', '5'))));
        assertEquals(Optional.empty(), OldPdf.matching(write("c.pdf", PDF.substring(0, PDF.length() - 8)), key));
        assertEquals(Optional.empty(), OldPdf.matching(OldFiles.in(dir).read("none.pdf"), key));
        assertEquals(Optional.empty(), OldPdf.matching(write("d.pdf", PDF.replace("%PDF-", "<html")), key));
        assertEquals(Optional.empty(), OldPdf.matching(write("e.pdf", PDF.replace(KEY + ">", "zz>")), key));
        assertEquals(Optional.empty(), OldPdf.matching(OldFiles.NONE.read("a.pdf"), key));
    }

    @Test
    void doesNotFollowALink() throws IOException {
        write("real.pdf", PDF);
        Files.createSymbolicLink(dir.resolve("link.pdf"), dir.resolve("real.pdf"));
        assertEquals(Optional.empty(), OldFiles.in(dir).read("link.pdf"));
    }
}
