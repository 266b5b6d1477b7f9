package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build scans each page as it writes it ({@link StagedOutput#write}), and verify takes that
 * scan instead of reading the page back ({@link WrittenPages}) only while the file is exactly as
 * the write left it: a page changed on disk after the write is read again, and a page with a
 * finding is always read, so the findings are those of a fresh verification of the folder.
 * The same holds for a build with no store ({@link ScanStore#fits}: 100,000 pages under a 2 GB heap).
 */
class WrittenPagesTest {
    @TempDir
    Path dir;

    private static byte[] page(String body) {
        return ("<!doctype html><html><head><title>t</title></head><body><h1>T</h1>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> faults(List<Finding> findings) {
        return findings.stream().map(f -> f.page() + " " + f.fault()).sorted().toList();
    }

    /**
     * Stages the three pages (keeping a store when {@code withStore}), lets {@code afterWrite}
     * touch the folder, verifies it; the pages written, to ask what verify took.
     */
    private WrittenPages build(boolean withStore, byte[] b, FolderEdit afterWrite, List<String> expected) throws IOException {
        Path out = dir.resolve("site");
        ScanStore store = withStore ? ScanStore.open(ScanStore.beside(out), "test code", out) : null;
        try (StagedOutput staged = StagedOutput.beside(out, false, false, store)) {
            staged.write("index.html", page("<a href=\"a/index.html#details\">a</a> <a href=\"b/index.html\">b</a>"));
            staged.write("a/index.html", page("<h2 id=\"details\">Details</h2>"));
            staged.write("b/index.html", b);
            afterWrite.edit(staged.dir());
            assertEquals(expected, faults(SiteVerifier.verify(staged, Map.of(), List.of())));
            assertEquals(expected, faults(SiteVerifier.verify(staged.dir(), Map.of())), "a fresh verification finds the same");
            if (withStore) assertSame(store.written(), staged.written(), "the store's pages are the ones written");
            return staged.written();
        }
    }

    private interface FolderEdit {
        void edit(Path folder) throws IOException;
    }

    @ParameterizedTest(name = "with a store: {0}")
    @ValueSource(booleans = {true, false})
    void pagesAsWrittenAreNotReadBack(boolean withStore) throws IOException {
        WrittenPages written = build(withStore, page("<a href=\"../index.html\">home</a>"), folder -> {}, List.of());
        assertEquals(3, written.taken());
    }

    @ParameterizedTest(name = "with a store: {0}")
    @ValueSource(booleans = {true, false})
    void aPageChangedAfterItsWriteIsReadAgain(boolean withStore) throws IOException {
        WrittenPages written = build(withStore, page("<a href=\"../index.html\">home</a>"),
                folder -> Files.write(folder.resolve("a/index.html"), "<a href=\"gone/index.html\">x</a>".getBytes(StandardCharsets.UTF_8),
                        StandardOpenOption.APPEND),
                List.of("a/index.html BrokenLink[href=gone/index.html, reason=NO_FILE]"));
        assertEquals(2, written.taken());
    }

    @ParameterizedTest(name = "with a store: {0}")
    @ValueSource(booleans = {true, false})
    void aPageWithAFindingIsAlwaysRead(boolean withStore) throws IOException {
        WrittenPages written = build(withStore, page("<h1>Second</h1>"), folder -> {}, List.of("b/index.html H1Count[count=2]"));
        assertEquals(2, written.taken());
    }
}
