package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The links between the pages of a long listing (a section's guides, a tag's pages): previous,
 * next, and the numbers of the first, the last and those near the current page, with gaps
 * marked, so that the navigation stays short however many pages there are. Empty for one page.
 */
final class Pagination {
    /** Numbered links shown either side of the current page (then the first and last, and gaps). */
    private static final int WINDOW = 2;

    private Pagination() {}

    /** For page {@code number} of {@code count}, written at {@code file}; {@code pageFile} gives page n's file. */
    static Map<String, Object> of(String file, int number, int count, IntFunction<String> pageFile) {
        if (count == 1) return Map.of();
        List<Map<String, Object>> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n != 1 && n != count && Math.abs(n - number) > WINDOW) continue;
            if (n > last + 1) links.add(Map.of("gap", true));
            links.add(Map.of("gap", false, "number", n, "href", RelativeUrl.between(file, pageFile.apply(n)),
                    "current", n == number));
            last = n;
        }
        return Map.of("number", number, "count", count, "links", links,
                "prev", number > 1 ? RelativeUrl.between(file, pageFile.apply(number - 1)) : "",
                "next", number < count ? RelativeUrl.between(file, pageFile.apply(number + 1)) : "");
    }
}
