package org.waymark.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.output.MemoryOutput;
import org.waymark.testing.Projects;

/**
 * A build over an existing site, or serve's next full build in memory, keeps each of its PDFs
 * whose inputs are unchanged (the file identifier says so), and draws again every PDF whose
 * checklist changed or whose old file is not whole. What it keeps is what it would have drawn.
 * With the stores a build keeps beside the site, it knows such a PDF by its inputs alone.
 */
class PdfReuseTest {
    private static final String LIST = "kind: checklist\nid: ready\ntitle: Ready\nsections:\n  - title: S\n"
            + "    items:\n      - text: Do it\n";

    @TempDir
    Path project;

    @BeforeEach
    void build() throws IOException {
        Projects.write(project, Map.of("content/index.md", "# Home\n\n[list](ready.yaml)\n", "content/ready.yaml", LIST));
        assertTrue(Projects.build(project).ok());
    }

    private Path pdf() {
        return project.resolve("site/ready/ready.pdf");
    }

    private void rebuild() throws IOException {
        Pipeline.Result r = Projects.build(project);
        assertTrue(r.ok(), Projects.human(r));
    }

    @Test
    void aRebuildWritesTheBytesAFreshBuildWrites() throws IOException {
        byte[] fresh = Files.readAllBytes(pdf());
        byte[] letter = Files.readAllBytes(project.resolve("site/ready/ready-letter.pdf"));
        rebuild();
        assertArrayEquals(fresh, Files.readAllBytes(pdf()));
        assertArrayEquals(letter, Files.readAllBytes(project.resolve("site/ready/ready-letter.pdf")));
    }

    @Test
    void anUnchangedPdfIsKeptNotDrawnAgain() throws IOException {
        // A mark in the middle of the old file, where its identifier does not look: only a kept
        // file still has it after the rebuild.
        byte[] marked = markOldPdf();
        rebuild();
        assertArrayEquals(marked, Files.readAllBytes(pdf()));
    }

    @Test
    void aChangedChecklistIsDrawnAgain() throws IOException {
        byte[] marked = markOldPdf();
        Files.writeString(project.resolve("content/ready.yaml"), LIST.replace("Do it", "Do it twice"));
        rebuild();
        byte[] now = Files.readAllBytes(pdf());
        assertFalse(Arrays.equals(marked, now));
        assertTrue(now.length > 1000 && new String(now, 0, 5).equals("%PDF-"));
    }

    @Test
    void anOldFileCutShortIsDrawnAgain() throws IOException {
        byte[] whole = Files.readAllBytes(pdf());
        Files.write(pdf(), Arrays.copyOf(whole, whole.length - 7));  // "%%EOF" and the lines around it gone
        rebuild();
        assertArrayEquals(whole, Files.readAllBytes(pdf()));
    }

    @Test
    void checkWritesNoScratchFolderForASmallSiteAndLeavesSiteAsItWas() throws IOException {
        // check reads site/'s PDFs to keep those that match; it must never write there
        byte[] marked = markOldPdf();
        Path scratch = project.resolve("scratch").resolve("site");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(project, scratch, false, false, false));
        assertTrue(r.ok(), Projects.human(r));
        assertArrayEquals(marked, Files.readAllBytes(pdf()));
        assertFalse(Files.exists(scratch.getParent()), "a site this small is checked in memory");
    }

    @Test
    void servesNextFullBuildKeepsTheLastBuildsPdfs() throws IOException {
        Pipeline.Reuse reuse = new Pipeline.Reuse();
        MemoryOutput first = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, first, reuse).ok());
        byte[] drawn = first.files().get("ready/ready.pdf").bytes();
        byte[] marked = mark(drawn);
        System.arraycopy(marked, 0, drawn, 0, drawn.length);  // the last build's file, marked where it is held
        MemoryOutput second = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, second, reuse).ok());
        assertArrayEquals(marked, second.files().get("ready/ready.pdf").bytes());

        Files.writeString(project.resolve("content/ready.yaml"), LIST.replace("Do it", "Do it twice"));
        MemoryOutput third = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, third, reuse).ok());
        assertFalse(Arrays.equals(marked, third.files().get("ready/ready.pdf").bytes()));
    }

    @Test
    void servesFirstBuildKeepsThePdfsOfTheProjectsSiteAndLeavesThem() throws IOException {
        byte[] marked = markOldPdf();
        MemoryOutput first = new MemoryOutput();
        assertTrue(Pipeline.runInMemory(project, false, first, new Pipeline.Reuse()).ok());
        assertArrayEquals(marked, first.files().get("ready/ready.pdf").bytes());
        assertArrayEquals(marked, Files.readAllBytes(pdf()), "site/ is only read");
    }

    // build keeps each PDF's key by its inputs beside the site (.site.pdfs, render's PdfKeys)

    private Pipeline.Result buildAsTheCommandDoes() throws IOException {
        Pipeline.Result r = Projects.buildAsTheCommandDoes(project);
        assertTrue(r.ok(), Projects.human(r));
        return r;
    }

    @Test
    void aRebuildKnowsAPdfByItsInputsAndKeepsItWithoutMakingItsXhtml() throws IOException {
        Projects.write(project, Map.of("content/notes.md", "---\nsummary: Notes.\n---\n# Notes\n\nSome text.\n"));
        assertEquals(0, buildAsTheCommandDoes().pdfsKnown(), "no keys kept yet");
        assertTrue(Files.isRegularFile(project.resolve(".site.pdfs")));
        byte[] marked = markOldPdf();
        Files.writeString(project.resolve("content/notes.md"), "---\nsummary: Notes.\n---\n# Notes\n\nOther text.\n");
        assertEquals(2, buildAsTheCommandDoes().pdfsKnown(), "both papers, after an edit no PDF shows");
        assertArrayEquals(marked, Files.readAllBytes(pdf()));
    }

    @Test
    void aKeyTheStoreGivesKeepsNoFileWithAnotherIdentifier() throws IOException {
        buildAsTheCommandDoes();
        byte[] a4 = Files.readAllBytes(pdf());
        // a whole PDF, but of the other paper: its identifier is not the key kept for this file
        Files.copy(project.resolve("site/ready/ready-letter.pdf"), pdf(), StandardCopyOption.REPLACE_EXISTING);
        Pipeline.Result r = buildAsTheCommandDoes();
        assertEquals(1, r.pdfsKnown(), "the letter PDF is kept; the A4 one is made again");
        assertArrayEquals(a4, Files.readAllBytes(pdf()));
    }

    @Test
    void aChangedChecklistOrPdfTemplateIsNotKnownByTheOldKeys(@TempDir Path other) throws IOException {
        String template = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>${title}</title></head><body>"
                + "<h1>${title}</h1><#list sections as s><#list s.items as i><p>${i.text}</p></#list></#list></body></html>\n";
        Projects.write(other, Map.of("content/index.md", "# Home\n\n[list](ready.yaml)\n", "content/ready.yaml", LIST,
                "templates/checklist-pdf.ftlx", template));
        project = other;
        buildAsTheCommandDoes();
        assertEquals(2, buildAsTheCommandDoes().pdfsKnown());
        Files.writeString(other.resolve("templates/checklist-pdf.ftlx"), template.replace("<h1>${title}", "<h1>${title} (v2)"));
        assertEquals(0, buildAsTheCommandDoes().pdfsKnown(), "the templates are part of the inputs");
        assertTrue(text(pdf()).contains("Ready (v2)"), text(pdf()));
        Files.writeString(other.resolve("content/ready.yaml"), LIST.replace("Do it", "Do it twice"));
        assertEquals(0, buildAsTheCommandDoes().pdfsKnown(), "the checklist is part of the inputs");
        assertTrue(text(pdf()).contains("Do it twice"), text(pdf()));
    }

    @Test
    void checkKnowsTheBuiltSitesPdfsByTheirInputsAndWritesNoKey() throws IOException {
        buildAsTheCommandDoes();
        Path keys = project.resolve(".site.pdfs");
        byte[] kept = Files.readAllBytes(keys);
        Files.writeString(project.resolve("content/index.md"), "# Home\n\n[list](ready.yaml)\n\nMore.\n");
        Pipeline.Result r = Pipeline.run(new Pipeline.Options(project, project.resolve("scratch/site"), false, false, false));
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(2, r.pdfsKnown());
        assertArrayEquals(kept, Files.readAllBytes(keys), "check only reads the store");
    }

    @Test
    void servesFirstBuildKnowsTheBuiltSitesPdfsByTheirInputsAndWritesNoKey() throws IOException {
        buildAsTheCommandDoes();
        byte[] kept = Files.readAllBytes(project.resolve(".site.pdfs"));
        Pipeline.Result r = Pipeline.runInMemory(project, false, new MemoryOutput(), new Pipeline.Reuse());
        assertTrue(r.ok(), Projects.human(r));
        assertEquals(2, r.pdfsKnown());
        assertArrayEquals(kept, Files.readAllBytes(project.resolve(".site.pdfs")));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Marks site/'s PDF (see {@link #mark}) where it is, and returns its marked bytes. */
    private byte[] markOldPdf() throws IOException {
        byte[] marked = mark(Files.readAllBytes(pdf()));
        Files.write(pdf(), marked);
        return marked;
    }

    /** The file with a PDF comment's worth of bytes changed half way through, its length the same. */
    private static byte[] mark(byte[] pdf) {
        byte[] copy = pdf.clone();
        byte[] note = "%marked".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = pdf.length / 2;
        System.arraycopy(note, 0, copy, at, note.length);
        return copy;
    }
}
