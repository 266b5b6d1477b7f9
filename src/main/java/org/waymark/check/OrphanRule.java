package org.waymark.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.model.ContentPath;
import org.waymark.model.Document;
import org.waymark.model.NavEntry;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.text.Position;

/**
 * A page that no other page links to and no navigation lists. Section listings do reach it, so
 * this is a warning: a reader browsing by topic finds it, one reading along does not.
 */
final class OrphanRule implements Rule {
    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        // A file that failed to load may hold the one link to a page; it is reported already.
        if (!site.unreadable().isEmpty()) return;
        Set<ContentPath> linked = new HashSet<>();
        for (Document d : site.documents().values()) {
            for (ResolvedLink r : links.resolved(d)) {
                if (r instanceof ResolvedLink.ToDocument t && !t.target().equals(d.path())) linked.add(t.target());
            }
        }
        for (NavEntry entry : site.config().nav()) {
            if (entry instanceof NavEntry.Content e
                    && links.resolve(new ContentPath("site.yaml"), e.target()) instanceof ResolvedLink.ToDocument t) {
                linked.add(t.target());
            }
        }
        for (Page p : site.pages()) {
            boolean isIndex = p.path().isIndex();
            if (!isIndex && !linked.contains(p.path())) {
                out.accept(Diagnostic.of(p.source(), Position.START, Code.ORPHAN_PAGE, "no other page links to "
                        + p.path() + ", and nav: in site.yaml does not list it",
                        "readers browsing its section still find it; link to it from a related page so that "
                        + "readers following the guidance do too"));
            }
        }
    }
}
