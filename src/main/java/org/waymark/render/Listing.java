package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;

/**
 * What a section page (or the home page) lists: decision trees, checklists, guides, sub-sections.
 * A section's trees, checklists and guides, in that order, are listed {@link #PER_PAGE} to a
 * page: page 1 is the section's own page, page n its {@code page/n/index.html}, linked in order
 * (rel prev and next) and by number, so that no page grows with its section.
 */
final class Listing {
    static final int PER_PAGE = ListingAddress.PER_PAGE;
    /** The trees, and the checklists, the home page shows at most (10,000 pages have 200 of each). */
    static final int HOME_MOST = 24;
    private final Outline outline;
    private final Chrome chrome;
    /** Each section's listed documents, picked out once: a long section has a listing page per hundred. */
    private final Map<String, List<Document>> listedByFolder = new ConcurrentHashMap<>();

    Listing(Outline outline, Chrome chrome) {
        this.outline = outline;
        this.chrome = chrome;
    }

    static int pageCount(Outline.Section s) {
        return ListingAddress.pages(listed(s).size());
    }

    /** {@link #pageCount}, from the documents picked out once. */
    int count(Outline.Section s) {
        return ListingAddress.pages(listedOf(s).size());
    }

    private List<Document> listedOf(Outline.Section s) {
        return listedByFolder.computeIfAbsent(s.folder(), f -> listed(s));
    }

    static String pageFile(Outline.Section s, int number) {
        return number == 1 ? s.outputFile() : ListingAddress.file(s.folder(), number);
    }

    /** The section's trees, then its checklists, then its guides, each in reading order. */
    private static List<Document> listed(Outline.Section s) {
        List<Document> listed = new ArrayList<>();
        for (Document d : s.documents()) if (d instanceof DecisionTree) listed.add(d);
        for (Document d : s.documents()) if (d instanceof Checklist) listed.add(d);
        for (Document d : s.documents()) if (!(d instanceof DecisionTree) && !(d instanceof Checklist)) listed.add(d);
        return listed;
    }

    /** Page {@code number} of the listing for section {@code s}, with links relative to {@code file}. */
    Map<String, Object> of(Outline.Section s, String file, int number) {
        List<Map<String, Object>> pages = new ArrayList<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> lists = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Document d : ListingAddress.page(listedOf(s), number)) {
            (d instanceof DecisionTree ? decisions : d instanceof Checklist ? lists : pages).add(chrome.card(file, d));
        }
        int[] totals = {0, 0};
        // counted in the listing, where the guides come last: a section's hundredth listing page
        // should not walk its ten thousand guides again
        for (Document d : listedOf(s)) {
            if (d instanceof DecisionTree) totals[0]++;
            else if (d instanceof Checklist) totals[1]++;
            else break;
        }
        if (number == 1 && s.folder().isEmpty()) {
            for (Outline.Section sub : outline.sections()) {
                if (!sub.folder().isEmpty()) home(sub, file, decisions, lists, totals);
            }
        }
        if (number == 1) {
            for (Outline.Section sub : s.sections()) {
                Map<String, Object> e = chrome.entry(file, sub.outputFile(), sub.title(), "section");
                e.put("summary", sub.index() == null ? "" : sub.index().summary());
                e.put("count", sub.documents().size());
                sections.add(e);
            }
        }
        return Map.of("pages", pages, "decisions", decisions, "checklists", lists, "sections", sections,
                "decisionsTotal", totals[0], "checklistsTotal", totals[1]);
    }

    /** The links between the section's listing pages (empty when it has one). */
    Map<String, Object> pagination(Outline.Section s, String file, int number) {
        return Pagination.of(file, number, count(s), n -> pageFile(s, n));
    }

    /**
     * The home page also lists the trees and checklists of the whole site (they are what a
     * reader comes to do), in reading order, {@link #HOME_MOST} of each at most, and counts them
     * all ({@code totals}): the rest are in their sections and the A to Z index. Guides deeper
     * down are reached through their sections, so the home page stays small however large the
     * site grows.
     */
    private void home(Outline.Section s, String file, List<Map<String, Object>> decisions,
                      List<Map<String, Object>> lists, int[] totals) {
        for (Document d : s.documents()) {
            if (d instanceof DecisionTree) {
                if (totals[0]++ < HOME_MOST) decisions.add(chrome.card(file, d));
            } else if (d instanceof Checklist) {
                if (totals[1]++ < HOME_MOST) lists.add(chrome.card(file, d));
            }
        }
    }
}
