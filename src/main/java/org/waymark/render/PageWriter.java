package org.waymark.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.Indentation;
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
        return write(page, out, null);
    }

    /** The same, taking the page's HTML from {@code cache} (may be null) when its model is as before. */
    Optional<Diagnostic> write(SitePage page, OutputSink out, RenderCache cache) throws IOException {
        String html;
        try {
            Map<String, Object> model = page.model(parts);
            String baseUrl = parts.site().config().baseUrl();
            byte[] known = cache == null ? null : cache.get(page, model, baseUrl);
            if (known != null) {
                out.write(page.outputFile(), known);
                return Optional.empty();
            }
            html = Indentation.strip(page.html(templates.render(page.template(), model), parts));
            if (cache != null) {
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                cache.put(page, model, baseUrl, bytes);
                out.write(page.outputFile(), bytes);
                return Optional.empty();
            }
        } catch (TemplateSet.TemplateFailure f) {
            return Optional.of(faults.failed(f, page.outputFile()));
        } catch (Embeds.Failure f) {
            return Optional.of(faults.failed(f.failure, page.outputFile()));
        }
        out.write(page.outputFile(), html.getBytes(StandardCharsets.UTF_8));
        return Optional.empty();
    }
}
