package org.waymark.render;

import java.util.List;
import java.util.Map;

/**
 * One letter of a large site's A to Z index ({@link AzIndex#split}): its entries, page
 * {@code number} of them, with every letter linked above and the letter's pages below.
 */
public record AzLetterPage(AzIndex.Letter letter, int number, String outputFile) implements SitePage {
    @Override
    public String template() {
        return "a-z.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        AzIndex az = parts.az();
        int count = AzIndex.pageCount(letter);
        String title = AzIndexPage.TITLE + ": " + letter.letter() + (number > 1 ? ", page " + number + " of " + count : "");
        Map<String, Object> m = parts.chrome().base(outputFile, "a-z-letter", title);
        m.put("breadcrumbs", List.of(
                Map.of("title", "Home", "href", RelativeUrl.between(outputFile, "index.html")),
                Map.of("title", AzIndexPage.TITLE, "href", RelativeUrl.between(outputFile, az.file()))));
        m.put("letters", List.of(AzIndexPage.group(parts, outputFile, letter, AzIndex.page(letter, number))));
        m.put("letterNav", AzIndexPage.letterNav(az, outputFile, letter, number > 1));
        m.put("split", true);
        m.put("count", az.count());
        m.put("pagination", Pagination.of(outputFile, number, count, n -> az.file(letter, n)));
        return m;
    }

    /** Pages after a letter's first are navigation, not content: left out of sitemap.xml. */
    @Override
    public boolean listed() {
        return number == 1;
    }
}
