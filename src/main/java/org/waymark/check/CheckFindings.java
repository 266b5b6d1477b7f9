package org.waymark.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * The check stage's findings, kept rule by rule (in {@link Checker}'s order), so that a rebuild
 * after a save ({@code serve}) runs again only what the saved documents' text can change.
 */
public record CheckFindings(List<List<Diagnostic>> byRule) {

    public List<Diagnostic> all() {
        List<Diagnostic> out = new ArrayList<>();
        byRule.forEach(out::addAll);
        return out;
    }

    /**
     * The findings once {@code changed} have replaced their earlier versions in {@code site}. The
     * caller makes sure that each shows the others what it showed before (its path, title,
     * anchors, links, tags, order, first line): then a rule over single documents
     * ({@link DocumentRule}) runs again over those documents alone, and the findings of every
     * other rule stand, as nothing they read has changed and they point at a document's start.
     */
    public CheckFindings recheck(Site site, Collection<? extends Document> changed) {
        Set<String> files = new HashSet<>();
        for (Document d : changed) files.add(d.source().path());
        LinkResolver links = new LinkResolver(site);
        List<List<Diagnostic>> next = new ArrayList<>(byRule.size());
        for (int i = 0; i < byRule.size(); i++) {
            if (!(Checker.RULES.get(i) instanceof DocumentRule rule)) {
                next.add(byRule.get(i));
                continue;
            }
            List<Diagnostic> kept = Collections.synchronizedList(new ArrayList<>());
            for (Diagnostic d : byRule.get(i)) if (!files.contains(d.path())) kept.add(d);
            rule.check(site, links, changed, kept::add);
            next.add(List.copyOf(kept));
        }
        return new CheckFindings(List.copyOf(next));
    }
}
