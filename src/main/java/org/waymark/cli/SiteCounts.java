package org.waymark.cli;

import org.waymark.model.Site;

/**
 * What a site holds, in words: "1 page, 2 decision trees, 5 checklists". {@code check} and
 * {@code build} both say it this way, so the same project gives the same numbers.
 */
final class SiteCounts {
    private SiteCounts() {}

    static String of(Site site) {
        return count(site.pages().size(), "page", "pages") + ", "
                + count(site.trees().size(), "decision tree", "decision trees") + ", "
                + count(site.checklists().size(), "checklist", "checklists");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
