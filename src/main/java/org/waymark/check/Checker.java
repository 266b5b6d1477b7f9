package org.waymark.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Site;

/** The check stage: every rule over the whole model, all diagnostics collected. */
public final class Checker {
    private static final List<Rule> RULES = List.of(
            new UrlCollisionRule(),
            new NavRule(),
            new LinkRule(),
            new TreeShapeRule(),
            new TreeGraphRule(),
            new PathsRule(),
            new ChecklistRule(),
            new PageStyleRule(),
            new ImageAltRule(),
            new RawHtmlRule(),
            new OrphanRule(),
            new DuplicateTitleRule(),
            new ReviewRule());

    private Checker() {}

    public static List<Diagnostic> check(Site site) {
        List<Diagnostic> found = Collections.synchronizedList(new ArrayList<>());
        LinkResolver links = new LinkResolver(site);
        RULES.parallelStream().forEach(rule -> rule.check(site, links, found::add));
        return List.copyOf(found);
    }
}
