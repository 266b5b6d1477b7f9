package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;

/** What a section page (or the home page) lists: guides, decision trees, checklists, sub-sections. */
final class Listing {
    private final Outline outline;
    private final Chrome chrome;

    Listing(Outline outline, Chrome chrome) {
        this.outline = outline;
        this.chrome = chrome;
    }

    /** The listing for section {@code s}, with links relative to {@code file}. */
    Map<String, Object> of(Outline.Section s, String file) {
        List<Map<String, Object>> pages = new ArrayList<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> lists = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        collect(s, file, pages, decisions, lists, true);
        if (s.folder().isEmpty()) {
            for (Outline.Section sub : outline.sections()) {
                if (!sub.folder().isEmpty()) collect(sub, file, pages, decisions, lists, false);
            }
        }
        for (Outline.Section sub : s.sections()) {
            Map<String, Object> e = chrome.entry(file, sub.outputFile(), sub.title(), "section");
            e.put("summary", sub.index() == null ? "" : sub.index().summary());
            e.put("count", sub.documents().size());
            sections.add(e);
        }
        return Map.of("pages", pages, "decisions", decisions, "checklists", lists, "sections", sections);
    }

    /**
     * A section lists its own entries. The home page also lists every tree and checklist of the
     * site (they are what a reader comes to do); guides deeper down are reached through their
     * sections, so the home page stays small however large the site grows.
     */
    private void collect(Outline.Section s, String file, List<Map<String, Object>> pages,
                         List<Map<String, Object>> decisions, List<Map<String, Object>> lists, boolean top) {
        for (Document d : s.documents()) {
            if (d instanceof DecisionTree) decisions.add(chrome.card(file, d));
            else if (d instanceof Checklist) lists.add(chrome.card(file, d));
            else if (top) pages.add(chrome.card(file, d));
        }
    }
}
