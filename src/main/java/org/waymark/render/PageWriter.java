package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.OutputSink;

/**
 * Writes one page on its own: its model into its template, the HTML into the sink. A fault in
 * a template (the page's own, or an embed's) comes back as a diagnostic, and nothing is written.
 */
final class PageWriter {
    private final PageParts parts;
    private final TemplateSet templates;
    private final TemplateFaults faults;

    PageWriter(PageParts parts, TemplateSet templates, TemplateFaults faults) {
        this.parts = parts;
        this.templates = templates;
        this.faults = faults;
    }

    Optional<Diagnostic> write(SitePage page, OutputSink out) throws IOException {
        String html;
        try {
            html = page.html(templates.render(page.template(), page.model(parts)), parts);
        } catch (TemplateSet.TemplateFailure f) {
            return Optional.of(faults.failed(f, page.outputFile()));
        } catch (Embeds.Failure f) {
            return Optional.of(faults.failed(f.failure, page.outputFile()));
        }
        out.write(page.outputFile(), html.getBytes(StandardCharsets.UTF_8));
        return Optional.empty();
    }
}
