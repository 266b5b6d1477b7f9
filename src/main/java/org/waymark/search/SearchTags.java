package org.waymark.search;

import java.util.Arrays;

/**
 * The tags {@link SearchText} treats apart, known by their names as numbers (a name of up to
 * ten letters and digits, in any case, is one {@code long}), so a tag is told apart with one
 * search in a sorted array rather than compared with each name of its length.
 */
final class SearchTags {
    /** Tags that end a run of text. */
    private static final long[] BLOCK = sorted("p", "br", "li", "ul", "ol", "div", "pre", "blockquote", "table",
        "tr", "td", "th", "thead", "tbody", "dt", "dd", "dl", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "details", "summary", "figure", "figcaption", "img");
    /** Tags whose insides are not text. */
    private static final String[] SKIPPED = {"script", "style", "template"};
    private static final long[] SKIPPED_KEYS = Arrays.stream(SKIPPED).mapToLong(SearchTags::key).toArray();

    private SearchTags() {}

    /** The tag name {@code html[from, to)} as a number; -1 for none that could be one of ours. */
    static long key(char[] html, int from, int to) {
        if (to <= from || to - from > 10) return -1;
        long k = 0;
        for (int i = from; i < to; i++) {
            char c = html[i];
            if (c >= 128) c = Character.toLowerCase(c); // as the names were matched before: 'İ' is 'i'
            int d = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= '0' && c <= '9' ? c - '0' + 27 : -1;
            if (d < 0) return -1;
            k = k * 37 + d;
        }
        return k;
    }

    static boolean block(long key) {
        return key >= 0 && Arrays.binarySearch(BLOCK, key) >= 0;
    }

    /** The name of the skipped tag {@code key} is, or null. */
    static String skipped(long key) {
        for (int i = 0; i < SKIPPED.length; i++) if (SKIPPED_KEYS[i] == key) return SKIPPED[i];
        return null;
    }

    private static long key(String name) {
        char[] c = name.toCharArray();
        return key(c, 0, c.length);
    }

    private static long[] sorted(String... names) {
        long[] keys = Arrays.stream(names).mapToLong(SearchTags::key).toArray();
        Arrays.sort(keys);
        return keys;
    }
}
