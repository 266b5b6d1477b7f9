package org.waymark.check;

import java.util.Collection;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Page;
import org.waymark.model.Site;

/** Warnings about how a page is written: a heading that skips a level. */
final class PageStyleRule implements DocumentRule {
    @Override
    public void check(Site site, LinkResolver links, Collection<? extends Document> documents,
                      Consumer<Diagnostic> out) {
        for (Document d : documents) {
            if (!(d instanceof Page page)) continue;
            int previous = 1;
            for (Heading h : page.body().headings()) {
                if (h.level() > previous + 1) {
                    out.accept(Diagnostic.of(page.source(), h.at(), h.end(), Code.HEADING_SKIP, "heading level " + h.level()
                            + " follows level " + previous + ", skipping a level",
                            "use level " + (previous + 1) + " so the table of contents and screen readers follow"));
                }
                previous = h.level();
            }
        }
    }
}
