package org.waymark.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.model.Checklist;
import org.waymark.output.OutputSink;
import org.waymark.output.PageDigest;

/**
 * Each checklist as printable PDFs (A4 and US Letter) beside its page. They are the slowest
 * files to make, so the render stage runs each checklist's beside the pages; both papers are
 * drawn from one model (its item details read once, not once a paper).
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
     * Writes the checklist's PDFs, one for each paper, from one model; a fault in the template or
     * the layout of either comes back as a diagnostic. A file of the same name in {@code old} is
     * kept when it is the same PDF: found by the key {@code old}'s store gives for the PDF's
     * inputs ({@code inputs}, may be null; {@link PdfKeys}) without making the model, else by
     * the key of the XHTML made.
     */
    List<Diagnostic> write(Checklist c, OutputSink out, OldFiles old, PageInputs inputs) throws IOException {
        List<Diagnostic> found = new ArrayList<>();
        PdfKeys keys = old.pdfKeys();
        Map<String, Object> model = null;
        for (ChecklistPdf.Paper paper : ChecklistPdf.Paper.values()) {
            String file = file(c, paper);
            PageDigest from = inputs == null ? null : inputs.ofPdf(file, pdfs.drawnWith());
            Optional<byte[]> was = old.read(file);  // read once, whichever way it is found the same
            Optional<byte[]> known = from == null ? Optional.empty() : keys.key(file, from.bits());
            Optional<byte[]> kept = known.isEmpty() ? Optional.empty() : OldPdf.matching(was, known.get());
            if (kept.isPresent()) {
                keys.kept(file, from.bits(), known.get());
                out.write(file, kept.get());
                continue;
            }
            ChecklistPdf.Drawn pdf;
            try {
                if (model == null) model = pdfs.model(checklists.paper(c), c.outputFile(), paper);
                pdf = pdfs.render(model, paper, was);
            } catch (TemplateSet.TemplateFailure f) {
                found.add(faults.failed(f, file));
                continue;
            } catch (RuntimeException e) {
                // openhtmltopdf reports layout and XML faults as unchecked exceptions of its own;
                // one of them must become a diagnostic, not a stack trace.
                found.add(Diagnostic.ofFile(c.source().path(), 1, 1, Code.TEMPLATE_ERROR,
                        "could not write " + file + ": " + e.getMessage(), "check templates/checklist-pdf.ftlx"));
                continue;
            }
            if (from != null) keys.record(file, from.bits(), pdf.key());
            out.write(file, pdf.bytes());
        }
        return found;
    }
}
