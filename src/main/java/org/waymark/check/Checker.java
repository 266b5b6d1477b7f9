package org.waymark.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Site;

/** The check stage: every rule over the whole model, all diagnostics collected. */
public final class Checker {
    static final List<Rule> RULES = List.of(
            new UrlCollisionRule(),
            new NavRule(),
            new LinkRule(),
            new TreeShapeRule(),
            new TreeGraphRule(),
            new PathsRule(),
            new ChecklistRule(),
            new PdfFontRule(),
            new PageStyleRule(),
            new ImageAltRule(),
            new RawHtmlRule(),
            new OrphanRule(),
            new DuplicateTitleRule(),
            new MergedTagsRule(),
            new ReviewRule());

    private Checker() {}

    public static List<Diagnostic> check(Site site) {
        return checkByRule(site).all();
    }

    /** The same findings, kept rule by rule, for a later {@link CheckFindings#recheck}. */
    public static CheckFindings checkByRule(Site site) {
        LinkResolver links = new LinkResolver(site);
        List<List<Diagnostic>> byRule = new ArrayList<>(Collections.nCopies(RULES.size(), List.of()));
        IntStream.range(0, RULES.size()).parallel().forEach(i -> {
            List<Diagnostic> found = Collections.synchronizedList(new ArrayList<>());
            RULES.get(i).check(site, links, found::add);
            synchronized (byRule) {
                byRule.set(i, List.copyOf(found));
            }
        });
        return new CheckFindings(List.copyOf(byRule));
    }
}
