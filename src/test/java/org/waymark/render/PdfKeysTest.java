package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store of each PDF's key by its inputs: what one build records, the next finds by path and
 * inputs alone; a store of other code, or damaged, or missing, finds nothing; one read for
 * {@code check} is never written.
 */
class PdfKeysTest {
    private static final byte[] KEY = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, (byte) 0xff};
    private static final long INPUTS = 0x8000_0000_0000_0001L;  // the sign bit set: written unsigned, read back so

    @TempDir
    Path dir;

    private Path file() {
        return PdfKeys.beside(dir.resolve("site"));
    }

    private void recordAndSave(String code) {
        PdfKeys keys = PdfKeys.at(file(), code);
        keys.record("a/a.pdf", INPUTS, KEY);
        keys.save();
    }

    @Test
    void theStoreIsAFileBesideTheSite() {
        assertEquals(dir.resolve(".site.pdfs"), file());
    }

    @Test
    void aKeyRecordedIsFoundByItsPathAndInputsAlone() {
        recordAndSave("code 1");
        PdfKeys next = PdfKeys.at(file(), "code 1");
        assertArrayEquals(KEY, next.key("a/a.pdf", INPUTS).orElseThrow());
        assertTrue(next.key("a/a.pdf", INPUTS + 1).isEmpty(), "other inputs");
        assertTrue(next.key("b/b.pdf", INPUTS).isEmpty(), "another PDF");
        next.kept("a/a.pdf", INPUTS, KEY);
        assertEquals(1, next.known());
    }

    @Test
    void anotherCodesStoreFindsNothing() {
        recordAndSave("code 1");
        assertTrue(PdfKeys.at(file(), "code 2").key("a/a.pdf", INPUTS).isEmpty());
    }

    @Test
    void aDamagedOrMissingStoreFindsNothing() throws IOException {
        assertTrue(PdfKeys.at(file(), "code 1").key("a/a.pdf", INPUTS).isEmpty(), "missing");
        recordAndSave("code 1");
        String whole = Files.readString(file());
        Files.writeString(file(), whole.replace("\t", " "));
        assertTrue(PdfKeys.at(file(), "code 1").key("a/a.pdf", INPUTS).isEmpty(), "a line that does not parse");
        Files.writeString(file(), whole.replace("ff\t", "f\t"));
        assertTrue(PdfKeys.at(file(), "code 1").key("a/a.pdf", INPUTS).isEmpty(), "a key of odd length");
    }

    @Test
    void onlyThisBuildsPdfsAreWrittenAndAStoreReadForCheckNever() throws IOException {
        PdfKeys first = PdfKeys.at(file(), "code 1");
        first.record("a/a.pdf", INPUTS, KEY);
        first.record("b/b.pdf", 7, KEY);
        first.save();
        PdfKeys second = PdfKeys.at(file(), "code 1");
        second.record("a/a.pdf", INPUTS, KEY);
        second.save();
        assertTrue(PdfKeys.at(file(), "code 1").key("b/b.pdf", 7).isEmpty(), "b's checklist is gone");

        byte[] before = Files.readAllBytes(file());
        PdfKeys check = PdfKeys.readOnly(file(), "code 1");
        check.record("c/c.pdf", 9, KEY);
        check.save();
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aStoreThatWouldBeWrittenTheSameIsNotWrittenAgain() throws IOException {
        recordAndSave("code 1");
        FileTime longAgo = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(file(), longAgo);
        PdfKeys next = PdfKeys.at(file(), "code 1");
        next.kept("a/a.pdf", INPUTS, next.key("a/a.pdf", INPUTS).orElseThrow());
        next.save();
        assertEquals(longAgo, Files.getLastModifiedTime(file()));
        next.record("a/a.pdf", INPUTS + 1, KEY);
        next.save();
        assertFalse(longAgo.equals(Files.getLastModifiedTime(file())));
    }

    @Test
    void noneRecordsNothing() {
        PdfKeys.NONE.record("a/a.pdf", INPUTS, KEY);
        PdfKeys.NONE.save();
        assertTrue(PdfKeys.NONE.key("a/a.pdf", INPUTS).isEmpty());
        assertFalse(Files.exists(file()));
    }
}
