package org.waymark.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.text.Position;

/** Two documents with the same title are hard to tell apart in search results and navigation. */
final class DuplicateTitleRule implements Rule {
    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        Map<String, Document> seen = new HashMap<>();
        for (Document d : site.documents().values()) {
            Document first = seen.putIfAbsent(d.title().toLowerCase(Locale.ROOT), d);
            if (first != null && first.getClass() == d.getClass()) {
                out.accept(Diagnostic.of(d.source(), Position.START, Code.DUPLICATE_TITLE, "'" + d.title()
                        + "' is also the title of " + first.path(), "give each page a title of its own"));
            }
        }
    }
}
