package org.waymark.search;

/**
 * One word's postings as {@link SearchIndexParts} keeps them: pairs of a document's number and
 * its packed score and part, ordered by document, as {@link SearchIndex#encode} takes them.
 * A document's pair is taken out or put in without touching the others.
 */
final class SearchPostings {
    private SearchPostings() {}

    /** Where document {@code d}'s pair is, or would go. */
    static int at(int[] list, int d) {
        int lo = 0;
        int hi = list.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[2 * mid] < d) lo = mid + 1;
            else hi = mid;
        }
        return 2 * lo;
    }

    /** The list without document {@code d}'s pair (which it has), or null when none is left. */
    static int[] without(int[] list, int d) {
        if (list.length == 2) return null;
        int i = at(list, d);
        int[] out = new int[list.length - 2];
        System.arraycopy(list, 0, out, 0, i);
        System.arraycopy(list, i + 2, out, i, list.length - i - 2);
        return out;
    }

    /** The list (null for none) with document {@code d}'s pair, which it does not have. */
    static int[] with(int[] list, int d, int value) {
        if (list == null) return new int[] {d, value};
        int i = at(list, d);
        int[] out = new int[list.length + 2];
        System.arraycopy(list, 0, out, 0, i);
        out[i] = d;
        out[i + 1] = value;
        System.arraycopy(list, i, out, i + 2, list.length - i);
        return out;
    }
}
