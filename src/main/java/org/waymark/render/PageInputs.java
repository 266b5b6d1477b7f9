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
 * What a page is made from, in 64 bits, without making its model: its template and path, the
 * text of the one page whose body it shows (a guide's own; a section's index page, on its
 * section's page or the home page), and everything of the rest of the site that any page's model
 * may read: site.yaml, the templates, base URL, locale and time zone ({@link ModelDigests#seed}),
 * what the rest of the site sees of every page ({@link Shown}: its path, title, summary, tags,
 * order, review and headings for the outline, the sidebar, breadcrumbs, listings, tag and A to Z
 * pages, link targets and their labels, and more: its links and extra data), every decision tree
 * and checklist whole (their own and embed pages, and a page may embed one), every asset's path
 * and the drafts and unreadable files (links resolve against them). No page shows the body of
 * any other.
 *
 * <p>A build whose site-wide part is as the last one's knows that a page is made from the same
 * model as before without making it ({@code OutputSink#madeFrom}). Editing a guide's text then
 * costs that guide's model, not eleven thousand; any other change (a title, a heading, a tree)
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

    /** The digest of what {@code page} is made from; null when the site-wide part could not be digested. */
    PageDigest of(SitePage page) {
        if (!complete) return null;
        DigestWriter w = new DigestWriter();
        w.i64(site);
        w.string(page.template());
        w.string(page.outputFile());
        source(w, shownBody(page));
        return new PageDigest(w.finish());
    }

    /**
     * The digest of what the checklist PDF at {@code file} is made from ({@link PdfKeys}): the
     * site-wide part, which holds its checklist whole, site.yaml and the templates, and what its
     * key holds besides its XHTML ({@code drawnWith}: {@link ChecklistPdf#drawnWith}); the code
     * is the store's key. Null when the site-wide part could not be digested.
     */
    PageDigest ofPdf(String file, String drawnWith) {
        if (!complete) return null;
        DigestWriter w = new DigestWriter();
        w.i64(site);
        w.string("checklist-pdf.ftlx");
        w.string(file);
        w.string(drawnWith);
        return new PageDigest(w.finish());
    }

    /**
     * The file of the one page whose body {@code page} shows, or null: a guide's own, the index
     * page of the section that a section's page or the home page opens with. Every other page
     * shows only what the site-wide part holds (listings, tags, the A to Z index, trees, checklists).
     */
    private static Source shownBody(SitePage page) {
        Document shown = page instanceof GuidePage g ? g.page()
                : page instanceof HomePage h ? h.section().index()
                : page instanceof SectionPage s ? s.section().index() : null;
        return shown instanceof Page p ? p.source() : null;
    }

    /**
     * A file's text as it is kept. Past the heap's budget for plain texts, which texts are kept
     * deflated follows from each text's length and the share the build expects to fit
     * ({@code text/PlainBudget}), so the next build on the same heap keeps an unchanged text the
     * same way; a page is made again only when the heap or that share changed. Its own bytes
     * would mean inflating every deflated text at every build.
     */
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
