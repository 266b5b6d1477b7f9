package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;
import org.waymark.testing.Projects;

/**
 * A project's own templates/checklist-pdf.ftlx: XHTML that does not parse is an error naming
 * where in the template's output it broke (no stack trace, no PDF, the site kept); a DOCTYPE
 * is fine; an external entity is never read.
 */
class ChecklistPdfTemplateTest {
    private static final String BODY = "<body><h1>${title}</h1><#list sections as s><#list s.items as i><p>${i.text}</p>"
            + "</#list></#list></body></html>\n";

    @Test
    void xhtmlThatDoesNotParseIsAnErrorThatSaysWhere(@TempDir Path dir) throws IOException {
        project(dir, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>${title}</b></body></html>\n");
        Pipeline.Result r = Projects.build(dir);
        assertFalse(r.ok());
        List<Diagnostic> errors = r.report().diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(2, errors.size(), Projects.human(r));
        for (Diagnostic d : errors) {
            assertEquals(Code.TEMPLATE_ERROR, d.code());
            assertEquals("content/checklists/list.yaml", d.path());
            assertTrue(d.message().contains("the XHTML its template wrote is not well-formed at line 1, column 62"),
                    d.message());
            assertEquals("check templates/checklist-pdf.ftlx", d.hint());
            assertTrue(d.message().contains("\"p\" must be terminated"), d.message());
        }
        assertFalse(Files.exists(dir.resolve("site")), "nothing is written");
    }

    @Test
    void aDoctypeIsAllowedAndAnExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String entity = dir.resolve("secret.txt").toUri().toString();
        project(dir, "<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + entity + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>${title}</title></head>"
                + BODY.replace("<h1>${title}</h1>", "<h1>${title} [&leak;]</h1>"));
        Pipeline.Result r = Projects.build(dir);
        assertTrue(r.ok(), Projects.human(r));
        String text = text(dir.resolve("site/checklists/list/list.pdf"));
        assertTrue(text.contains("Release") && text.contains("Back up"), text);
        assertFalse(text.contains("TOPSECRET"), text);
    }

    private static void project(Path dir, String template) throws IOException {
        Projects.write(dir, Map.of(
                "content/site.yaml", "title: Templates\n",
                "content/index.md", "# Home\n\n[list](checklists/list.yaml)\n",
                "content/checklists/list.yaml", "kind: checklist\ntitle: Release\nsections:\n  - items:\n      - text: Back up\n",
                "templates/checklist-pdf.ftlx", template));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
