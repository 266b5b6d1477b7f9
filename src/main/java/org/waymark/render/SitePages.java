package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Page;
import org.waymark.model.Site;

/** Every page a site has, each once: home and sections, guides, trees, checklists, their embed pages, tags, the A-Z index (a page per letter on a large site), 404. */
final class SitePages {
    private SitePages() {}

    static List<SitePage> of(Site site, Outline outline, Tags tags, AzIndex az) {
        List<SitePage> pages = new ArrayList<>();
        for (Outline.Section s : outline.sections()) {
            pages.add(s.folder().isEmpty() ? new HomePage(s) : new SectionPage(s));
            int listingPages = Listing.pageCount(s);  // counted once: it scans the section
            for (int n = 2; n <= listingPages; n++) pages.add(new ListingPage(s, n));
        }
        // A folder's index.md or README.md is its section's page, written above.
        for (Page p : site.pages()) if (!p.path().isIndex()) pages.add(new GuidePage(p));
        for (DecisionTree t : site.trees()) pages.add(new TreePage(t));
        for (Checklist c : site.checklists()) pages.add(new ChecklistPage(c));
        for (DecisionTree t : site.trees()) pages.add(new EmbedPage(t));
        for (Checklist c : site.checklists()) pages.add(new EmbedPage(c));
        if (!tags.isEmpty()) {
            pages.add(new TagIndexPage(tags.indexFile()));
            for (Tags.Tag t : tags.all()) {
                for (int n = 1; n <= Tags.pageCount(t); n++) pages.add(new TagPage(t, tags.file(t, n), n));
            }
        }
        pages.add(new AzIndexPage(az.file()));
        if (az.split()) {
            for (AzIndex.Letter l : az.letters()) {
                for (int n = 1; n <= AzIndex.pageCount(l); n++) pages.add(new AzLetterPage(l, n, az.file(l, n)));
            }
        }
        pages.add(new NotFoundPage());
        return List.copyOf(pages);
    }
}
