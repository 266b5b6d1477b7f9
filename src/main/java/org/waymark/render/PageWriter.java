package org.waymark.render;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.Indentation;
import org.waymark.output.OutputSink;
import org.waymark.output.PageDigest;

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
        return write(page, out, null, null, null);
    }

    /**
     * The same, taking the page's HTML from {@code cache} (may be null) when its model is as
     * before, and, with {@code digests} (may be null), leaving the page {@code out} already holds
     * when it was made from an equal model ({@link OutputSink#unchanged}); with {@code inputs}
     * too, a page made from the same inputs ({@link PageInputs}) is left so without making its model.
     */
    Optional<Diagnostic> write(SitePage page, OutputSink out, RenderCache cache, ModelDigests digests, PageInputs inputs)
            throws IOException {
        PageDigest from = inputs == null ? null : inputs.of(page);
        if (from != null) {
            PageDigest made = out.madeFrom(page.outputFile(), from);
            if (made != null && out.unchanged(page.outputFile(), made)) return Optional.empty();
        }
        byte[] bytes;
        try {
            Map<String, Object> model = page.model(parts);
            // A page rewritten after its template (RewrittenPage) is rewritten by code alone, from
            // its HTML and the base URL: its model's digest stands for it too.
            PageDigest digest = digests == null ? null : digests.of(page.template(), page.outputFile(), model);
            if (digest != null && out.unchanged(page.outputFile(), digest)) return Optional.empty();
            String baseUrl = parts.site().config().baseUrl();
            byte[] known = cache == null ? null : cache.get(page, model, baseUrl);
            if (known != null) {
                out.write(page.outputFile(), known);
                return Optional.empty();
            }
            PageChars rendered = PageChars.forThread();
            templates.render(page.template(), model, rendered);
            if (page instanceof RewrittenPage r) {
                char[] html = r.html(rendered.toString(), parts).toCharArray();
                bytes = Indentation.stripToUtf8(html, html.length);
            } else {
                bytes = Indentation.stripToUtf8(rendered.chars(), rendered.length());
            }
            if (cache != null) cache.put(page, model, baseUrl, bytes);
        } catch (TemplateSet.TemplateFailure f) {
            return Optional.of(faults.failed(f, page.outputFile()));
        } catch (Embeds.Failure f) {
            return Optional.of(faults.failed(f.failure, page.outputFile()));
        }
        out.write(page.outputFile(), bytes);
        return Optional.empty();
    }
}
