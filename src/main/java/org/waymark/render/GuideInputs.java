package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.Asset;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Heading;
import org.waymark.model.Page;
import org.waymark.model.Site;
import org.waymark.output.PageDigest;
import org.waymark.text.PackedText;
import org.waymark.text.Source;

/**
 * What a guide's page is made from, in 64 bits, without making its model: the guide's own file
 * (its path and text), and everything of the rest of the site that any guide's model may read.
 * That is site.yaml, the templates, base URL, locale and time zone ({@link ModelDigests#seed}),
 * every document's path, title, summary, tags, order, review and headings (the outline, the
 * sidebar, breadcrumbs, tag pages, link targets and their labels), every decision tree and
 * checklist whole (a guide may embed one), every asset's path and the drafts and unreadable
 * files (links resolve against them). A guide's body is read by its own page alone.
 *
 * <p>A build whose site-wide part is as the last one's, where a guide's file is as it was, knows
 * that guide's page is made from the same model without making it ({@code OutputSink#madeFrom}).
 * Editing a guide's text then costs that guide's model, not ten thousand; any other change
 * (a title, a heading, a tree) costs every guide's model, as the model digests alone do.
 */
final class GuideInputs {
    private final long site;

    private GuideInputs(long site) {
        this.site = site;
    }

    static GuideInputs of(Site site, long seed) {
        DigestWriter w = new DigestWriter();
        w.i64(seed);
        source(w, site.config().source());
        w.i32(site.documents().size());
        for (Document d : site.documents().values()) {
            w.tag(d instanceof Page ? 'P' : d instanceof DecisionTree ? 'T' : 'C');
            w.string(d.path().value());
            if (d instanceof Page p) {
                w.string(p.title());
                w.string(p.summary());
                w.value(p.tags());
                w.value(p.order());
                w.value(p.draft());
                w.value(p.titleFromBody());
                w.value(p.review().owner());
                w.value(p.review().reviewed() == null ? null : p.review().reviewed().toString());
                w.i32(p.body().headings().size());
                for (Heading h : p.body().headings()) {
                    w.i32(h.level());
                    w.string(h.text());
                    w.string(h.id());
                }
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
        return new GuideInputs(w.finish());
    }

    /** The digest of what {@code guide}'s page is made from. */
    PageDigest of(Page guide) {
        DigestWriter w = new DigestWriter();
        w.i64(site);
        w.string(guide.path().value());
        source(w, guide.source());
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
