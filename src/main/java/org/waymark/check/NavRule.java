package org.waymark.check;

import java.util.Locale;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.link.UrlSafety;
import org.waymark.model.ContentPath;
import org.waymark.model.NavEntry;
import org.waymark.model.Site;

/**
 * Every {@code nav} entry of site.yaml names a file or folder that exists, or (with {@code url})
 * an http or https address.
 */
final class NavRule implements Rule {
    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        if (site.config().source() == null) return;
        for (NavEntry entry : site.config().nav()) {
            if (entry instanceof NavEntry.Content e) {
                ResolvedLink r = links.resolve(new ContentPath("site.yaml"), e.target());
                boolean ok = r instanceof ResolvedLink.ToDocument || r instanceof ResolvedLink.ToSection;
                ContentPath named = r instanceof ResolvedLink.Missing m ? new ContentPath(m.normalized()) : null;
                if (named != null && site.failedAt(named.value())) continue; // reported where it failed
                if (named != null && site.drafts().contains(named)) {
                    out.accept(Diagnostic.of(site.config().source(), e.at(), Code.NAV_TARGET, "nav entry '"
                            + e.target() + "' is a draft (it has 'draft: true'), left out of this build",
                            LinkRule.DRAFT_HINT));
                } else if (!ok) {
                    out.accept(Diagnostic.of(site.config().source(), e.at(), Code.NAV_TARGET, "nav entry '"
                            + e.target() + "' names no page, tree, checklist or folder in content/",
                            "write a path relative to content/, such as guides/ or decisions/tree.yaml"));
                }
            } else if (entry instanceof NavEntry.External e) {
                String scheme = UrlSafety.scheme(e.url()).orElse("").toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    out.accept(Diagnostic.of(site.config().source(), e.at(), Code.NAV_TARGET, "nav url '" + e.url()
                            + "' is not an http or https address",
                            "write the whole address, such as https://status.example.com/; for a page of "
                            + "content/ use 'path:'"));
                }
            }
        }
    }
}
