package org.waymark.check;

import java.util.Collection;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.HtmlSanitizer;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Markdown;
import org.waymark.model.RawHtml;
import org.waymark.model.Site;

/**
 * Raw HTML that the sanitizer would change on output (unless site.yaml trusts HTML). The page
 * still builds, but without this warning an author would find the missing part only by reading
 * the generated page.
 */
final class RawHtmlRule implements DocumentRule {
    @Override
    public void check(Site site, LinkResolver links, Collection<? extends Document> documents,
                      Consumer<Diagnostic> out) {
        if (site.config().trustHtml()) return;

        for (Document d : documents) {
            for (Markdown m : d.markdownTexts()) {
                for (RawHtml raw : m.rawHtml()) {
                    for (HtmlSanitizer.Removal r : HtmlSanitizer.removals(raw.html())) {
                        out.accept(Diagnostic.of(d.source(), raw.at(r.line(), r.column()), Code.RAW_HTML_REMOVED,
                                "raw HTML: the " + r.what() + " is removed from the page",
                                "raw HTML is cleaned against an allow-list; write it in Markdown, or set"
                                        + " 'trustHtml: true' in site.yaml if every author is trusted"));
                    }
                }
            }
        }
    }
}
