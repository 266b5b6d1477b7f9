package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.Projects;

/** The packaged jar dates its PDFs by SOURCE_DATE_EPOCH, and leaves the date out without it. */
class SourceDateIT {
    @TempDir
    Path tmp;

    private Path build(String name, Map<String, String> env) throws Exception {
        Path out = tmp.resolve(name);
        ProcessBuilder b = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-jar", Projects.repo().resolve("target/waymark.jar").toString(), "build", Projects.repo().toString(),
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        b.environment().remove("SOURCE_DATE_EPOCH");
        b.environment().putAll(env);
        assertEquals(0, b.start().waitFor(), () -> read(tmp.resolve(name + ".log")));
        return out.resolve("checklists/before-you-fine-tune/before-you-fine-tune.pdf");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void thePdfsCarryTheSourceDateOrNone() throws Exception {
        try (PDDocument dated = Loader.loadPDF(build("dated", Map.of("SOURCE_DATE_EPOCH", "1767225600")).toFile())) {
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), dated.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), dated.getDocumentInformation().getModificationDate().toInstant());
        }
        try (PDDocument undated = Loader.loadPDF(build("undated", Map.of()).toFile())) {
            assertNull(undated.getDocumentInformation().getCreationDate());
            assertNull(undated.getDocumentInformation().getModificationDate());
        }
    }
}
