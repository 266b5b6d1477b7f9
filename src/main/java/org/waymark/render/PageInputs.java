package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.Asset;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Page;
import org.waymark.model.Shown;
import org.waymark.model.Site;
import org.waymark.output.PageDigest;
import org.waymark.text.PackedText;
import org.waymark.text.Source;

/**
 * What a page is made from, in 64 bits, without making its model, for the pages of the documents
 * themselves: guides, trees, checklists and their embed pages. That is the page's template and
 * path, a guide's own file (its text), and everything of the rest of the site that such a model
 * may read: site.yaml, the templates, base URL, locale and time zone ({@link ModelDigests#seed}),
 * what the rest of the site sees of every page ({@link Shown}: its path, title, summary, tags,
 * order, review and headings for the outline, the sidebar, breadcrumbs, tag links, link targets
 * and their labels, and more: its links and extra data), every decision tree and
 * checklist whole (their own pages, and a guide may embed one), every asset's path and the
 * drafts and unreadable files (links resolve against them). A guide's body is read by its own
 * page alone. Section, home, tag and index pages, which list many documents, are left to their
 * model's digest.
 *
 * <p>A build whose site-wide part is as the last one's knows that such a page is made from the
 * same model as before without making it ({@code OutputSink#madeFrom}). Editing a guide's text
 * then costs that guide's model, not ten thousand; any other change (a title, a heading, a tree)
 * costs every model, and the model digests decide as before.
 */
final class PageInputs {
    private final long site;
    /** False when something could not be digested (a value in a page's extra of no known kind): then no page is known so. */
    private final boolean complete;

    private PageInputs(long site, boolean complete) {
        this.site = site;
        this.complete = complete;
    }

    static PageInputs of(Site site, long seed) {
        DigestWriter w = new DigestWriter();
        boolean complete = true;
        w.i64(seed);
        source(w, site.config().source());
        w.i32(site.documents().size());
        for (Document d : site.documents().values()) {
            w.tag(d instanceof Page ? 'P' : d instanceof DecisionTree ? 'T' : 'C');
            w.string(d.path().value());
            if (d instanceof Page p) {
                // what the rest of the site sees of a page: the same as serve's test of a save
                complete &= w.value(Shown.of(p));
            } else if (d instanceof DecisionTree || d instanceof Checklist) {
                source(w, d.source());
            }
        }
        w.i32(site.assets().size());
        for (Asset a : site.assets()) w.string(a.path().value());
        paths(w, site.drafts());
        paths(w, site.unreadable());
        w.i32(site.pathLists().size());
        site.pathLists().forEach((path, source) -> {
            w.string(path.value());
            source(w, source);
        });
        return new PageInputs(w.finish(), complete);
    }

    /** The digest of what {@code page} is made from; null for a kind of page this does not cover. */
    PageDigest of(SitePage page) {
        if (!complete || !(page instanceof GuidePage || page instanceof TreePage || page instanceof ChecklistPage
                || page instanceof EmbedPage)) {
            return null;
        }
        DigestWriter w = new DigestWriter();
        w.i64(site);
        w.string(page.template());
        w.string(page.outputFile());
        if (page instanceof GuidePage g) source(w, g.page().source());
        return new PageDigest(w.finish());
    }

    /** A file's text as it is kept: the same text is always kept the same way on one site. */
    private static void source(DigestWriter w, Source source) {
        if (source == null) {
            w.tag('0');
            return;
        }
        PackedText t = source.packed();
        w.i32(t.chars());
        w.value(t.latin1());
        w.value(t.deflated());
        w.i32(t.bytes().length);
        w.bytes(t.bytes());
    }

    private static void paths(DigestWriter w, java.util.Set<ContentPath> paths) {
        List<String> sorted = new ArrayList<>();
        for (ContentPath p : paths) sorted.add(p.value());
        sorted.sort(null);
        w.value(sorted);
    }
}
