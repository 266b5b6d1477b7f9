package org.waymark.markdown;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.text.Slug;

/** GitHub-style heading ids: lower case, punctuation dropped, spaces to '-', repeats numbered. */
public final class Slugs {
    private Slugs() {}

    /** The name of a tag's page: tags with the same one are one tag ("tag" when nothing is left). */
    public static String tag(String tag) {
        String s = slug(tag.strip());
        return s.isEmpty() ? "tag" : s;
    }

    public static String slug(String text) {
        return Slug.of(text);
    }

    /**
     * Ids that the page around a Markdown text already has: the built-in theme's own and the
     * footnotes' ({@code fn-1}, {@code fnref-1}). A heading "Main" would otherwise take the id
     * of the theme's {@code <main>}, and the page would fail its check for unique ids.
     */
    private static final Set<String> THEME_IDS = Set.of("main", "toc-title", "home-decisions", "home-checklists",
            "home-pages", "home-sections", "listing-decisions", "listing-checklists", "listing-pages",
            "listing-sections");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(?:ref)?-[0-9]+");

    static boolean reserved(String id) {
        return THEME_IDS.contains(id) || FOOTNOTE_ID.matcher(id).matches();
    }

    /** The slug, made unique within one page the way GitHub does: "a", "a-1", "a-2"; reserved ids are skipped. */
    public static String unique(String slug, Map<String, Integer> used) {
        String base = slug.isEmpty() ? "section" : slug;
        Integer n = used.get(base);
        if (n == null && !reserved(base)) {
            used.put(base, 0);
            return base;
        }
        if (n == null) n = 0;
        String candidate;
        do {
            n++;
            candidate = base + "-" + n;
        } while (used.containsKey(candidate) || reserved(candidate));
        used.put(base, n);
        used.put(candidate, 0);
        return candidate;
    }
}
