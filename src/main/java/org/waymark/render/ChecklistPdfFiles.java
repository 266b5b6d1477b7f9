package org.waymark.render;

import java.io.IOException;
import java.util.Optional;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Checklist;
import org.waymark.output.OutputSink;

/**
 * Each checklist as printable PDFs (A4 and US Letter) beside its page. They are the slowest
 * files to make, so each is written on its own and the render stage runs them beside the pages.
 */
final class ChecklistPdfFiles {
    private final ChecklistView checklists;
    private final ChecklistPdf pdfs;
    private final TemplateFaults faults;

    ChecklistPdfFiles(PageParts parts, TemplateSet templates, TemplateFaults faults) {
        this.checklists = parts.checklists();
        this.pdfs = new ChecklistPdf(templates, parts.site().config().baseUrl(), parts.site().config().language(),
                PdfFonts.of(parts.site().contentDir().getParent(), parts.site().config().pdfFonts()));
        this.faults = faults;
    }

    static String file(Checklist c, ChecklistPdf.Paper paper) {
        return paper == ChecklistPdf.Paper.A4 ? ChecklistExports.pdfFile(c) : ChecklistExports.letterPdfFile(c);
    }

    /**
     * Writes one PDF; a fault in its template or its layout comes back as a diagnostic. The
     * file of the same name in {@code old} is kept when it is the same PDF.
     */
    Optional<Diagnostic> write(Checklist c, ChecklistPdf.Paper paper, OutputSink out, OldFiles old) throws IOException {
        String file = file(c, paper);
        byte[] pdf;
        try {
            pdf = pdfs.render(checklists.paper(c), c.outputFile(), paper, old.read(file));
        } catch (TemplateSet.TemplateFailure f) {
            return Optional.of(faults.failed(f, file));
        } catch (RuntimeException e) {
            // openhtmltopdf reports layout and XML faults as unchecked exceptions of its own;
            // one of them must become a diagnostic, not a stack trace.
            return Optional.of(Diagnostic.ofFile(c.source().path(), 1, 1, Code.TEMPLATE_ERROR,
                    "could not write " + file + ": " + e.getMessage(), "check templates/checklist-pdf.ftlx"));
        }
        out.write(file, pdf);
        return Optional.empty();
    }
}
