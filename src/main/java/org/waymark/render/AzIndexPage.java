package org.waymark.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The A to Z index ({@link AzIndex}): what the header's search box is without JavaScript (a
 * link to this page). On a site of up to {@link AzIndex#ONE_PAGE} entries it lists them all,
 * under their letters, for the browser's find-in-page; on a larger one it lists the letters,
 * each with its count, linking to the letter's own pages ({@link AzLetterPage}).
 */
public record AzIndexPage(String outputFile) implements SitePage {
    static final String TITLE = "A to Z";

    @Override
    public String template() {
        return "a-z.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        AzIndex az = parts.az();
        Map<String, Object> m = parts.chrome().base(outputFile, "a-z", TITLE);
        List<Map<String, Object>> shown = new ArrayList<>();
        if (!az.split()) {
            for (AzIndex.Letter l : az.letters()) shown.add(group(parts, outputFile, l, l.entries()));
        }
        m.put("letters", shown);
        m.put("letterNav", letterNav(az, outputFile, null, false));
        m.put("split", az.split());
        m.put("count", az.count());
        return m;
    }

    /**
     * The letters as links: to their headings on this page, or to their own pages; {@code
     * current} is marked as this page, or ({@code later}: a later page of it) as where this page is.
     */
    static List<Map<String, Object>> letterNav(AzIndex az, String from, AzIndex.Letter current, boolean later) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (AzIndex.Letter l : az.letters()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("letter", l.letter());
            g.put("href", az.split() ? RelativeUrl.between(from, az.file(l, 1)) : "#" + l.id());
            g.put("count", l.entries().size());
            g.put("current", l == current);
            g.put("currentKind", later ? "true" : "page");
            nav.add(g);
        }
        return nav;
    }

    /** A letter's heading and entries, as the template lists them. */
    static Map<String, Object> group(PageParts parts, String from, AzIndex.Letter l, List<AzIndex.Entry> entries) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("letter", l.letter());
        g.put("id", l.id());
        List<Map<String, Object>> cards = new ArrayList<>(entries.size());
        for (AzIndex.Entry e : entries) cards.add(AzIndex.card(parts.chrome(), from, e));
        g.put("entries", cards);
        return g;
    }
}
