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

/** An old PDF is kept only when it is a whole PDF, a regular file, and its identifier is the key asked for. */
class OldPdfTest {
    private static final String KEY = "41CCC2B4E7ABF7CCB9A182100A46F53C";
    private static final String PDF = "%PDF-1.4\n...objects...\n25 0 obj\n<<\n/Root 1 0 R\n/ID [<" + KEY + "> <" + KEY
            + ">]\n/Type /XRef\n>>\nstream\nendstream\nendobj\nstartxref\n22427\n%%EOF\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsTheIdentifierFromTheTrailer() {
        assertArrayEquals(HexFormat.of().parseHex(KEY), OldPdf.key(PDF.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
    }

    @Test
    void keepsAWholePdfWithTheKey() throws IOException {
        Path f = write("a.pdf", PDF);
        assertTrue(OldPdf.matching(f, HexFormat.of().parseHex(KEY)).isPresent());
    }

    @Test
    void refusesAnotherKeyAFileCutShortAMissingFileAndOtherFiles() throws IOException {
        byte[] key = HexFormat.of().parseHex(KEY);
        assertEquals(Optional.empty(), OldPdf.matching(write("b.pdf", PDF), HexFormat.of().parseHex(KEY.replace('4', '5'))));
        assertEquals(Optional.empty(), OldPdf.matching(write("c.pdf", PDF.substring(0, PDF.length() - 8)), key));
        assertEquals(Optional.empty(), OldPdf.matching(dir.resolve("none.pdf"), key));
        assertEquals(Optional.empty(), OldPdf.matching(write("d.pdf", PDF.replace("%PDF-", "<html")), key));
        assertEquals(Optional.empty(), OldPdf.matching(write("e.pdf", PDF.replace(KEY + ">", "zz>")), key));
        assertEquals(Optional.empty(), OldPdf.matching(null, key));
    }

    @Test
    void doesNotFollowALink() throws IOException {
        Path target = write("real.pdf", PDF);
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), target);
        assertEquals(Optional.empty(), OldPdf.matching(link, HexFormat.of().parseHex(KEY)));
    }
}
