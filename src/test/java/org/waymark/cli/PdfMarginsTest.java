package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * Text that has no place to break (a key, a long address, a long compound) wraps inside the
 * paper's margins in every checklist PDF, A4 and Letter, and in the booklet: a line that ran
 * past the edge printed without its end.
 */
class PdfMarginsTest {
    static final String KEY = "AKIAIOSFODNN7EXAMPLEAKIAIOSFODNN7EXAMPLEAKIAIOSFODNN7EXAMPLEAKIAIOSFODNN7EXAMPLE";
    static final String WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" + "Floccinaucinihilipilification".repeat(2);
    static final String URL = "https://example.com/a/very/long/path/that/goes/on/and/on/without/any/spaces/until/the/end.html";

    @Test
    void unbreakableTextWrapsInsideTheMargins(@TempDir Path dir) throws Exception {
        Projects.write(dir, Map.of(
                "content/site.yaml", "title: Margins\n",
                "content/index.md", "---\ntitle: Home\n---\n\nThe [list](long.yaml).\n",
                "content/long.yaml", "kind: checklist\ntitle: " + WORD + "\nsections:\n  - title: Ready\n    items:\n"
                        + "      - text: Rotate " + KEY + "\n"
                        + "        detail: |\n          See [the runbook](" + URL + ") and " + KEY + " and " + WORD + ".\n"));
        Pipeline.Result built = Projects.build(dir);
        assertTrue(built.ok(), Projects.human(built));
        CommandLineTest.Run r = CommandLineTest.run("export", dir.toString(), "--pdf", "--out", dir.resolve("export").toString());
        assertEquals(0, r.exit(), r.err());
        for (Path pdf : List.of(dir.resolve("site/long/long.pdf"), dir.resolve("site/long/long-letter.pdf"),
                dir.resolve("export/checklists.pdf"))) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<TextPosition> glyphs = glyphs(doc);
                PDRectangle paper = doc.getPage(0).getMediaBox();
                float right = 0;
                for (TextPosition g : glyphs) right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                // the templates' side margins are 16 mm (45.4 pt)
                assertTrue(right <= paper.getWidth() - 45, pdf.getFileName() + ": text reaches " + right + " pt of "
                        + paper.getWidth());
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                for (String s : List.of(KEY, WORD, URL)) assertTrue(text.contains(s), pdf.getFileName() + " lacks " + s);
            }
        }
    }

    private static List<TextPosition> glyphs(PDDocument doc) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                out.addAll(positions);
            }
        };
        stripper.getText(doc);
        return out;
    }
}
