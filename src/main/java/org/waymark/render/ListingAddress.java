package org.waymark.render;

/**
 * Where a section's listing of trees, checklists and guides goes: page 1 is the section's own page, page n (2 or more)
 * {@code <section>/page/<n>/index.html}. Shared with the check stage, which reports a content
 * file that would be written to one of these addresses.
 */
public final class ListingAddress {
    /** Trees, checklists and guides listed on one page of a section's listing. */
    public static final int PER_PAGE = 100;

    private ListingAddress() {}

    /** How many listing pages a section that lists {@code count} documents has. */
    public static int pages(int count) {
        return Math.max(1, (count + PER_PAGE - 1) / PER_PAGE);
    }

    /** Page {@code number} (2 or more) of the listing of the section in {@code folder} ("" or ending in "/"). */
    public static String file(String folder, int number) {
        return folder + "page/" + number + "/index.html";
    }

    /** What page {@code number} of a listing of {@code all} shows. */
    public static <T> java.util.List<T> page(java.util.List<T> all, int number) {
        return page(all, number, PER_PAGE);
    }

    /** What page {@code number} of a listing of {@code all} shows, {@code perPage} to a page. */
    public static <T> java.util.List<T> page(java.util.List<T> all, int number, int perPage) {
        int from = Math.min(all.size(), (number - 1) * perPage);
        return all.subList(from, Math.min(all.size(), from + perPage));
    }
}
