package org.waymark.check;

import java.util.Collection;
import java.util.function.Consumer;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * A rule whose findings in a document come from that document alone, read against what the
 * others show of themselves (their paths and anchors): it can run over a few documents, as a
 * rebuild after a save does ({@link CheckFindings#recheck}).
 */
interface DocumentRule extends Rule {
    void check(Site site, LinkResolver links, Collection<? extends Document> documents, Consumer<Diagnostic> out);

    @Override
    default void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        check(site, links, site.documents().values(), out);
    }
}
