package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.model.Document;

/**
 * One tag: every guide, tree and checklist that carries it, in reading order, listed
 * {@link ListingAddress#PER_PAGE} to a page. Page 1 is the tag's own page; a tag on more pages
 * than that continues at {@code page/<n>/} beside it, linked as a section's listing is.
 */
public record TagPage(Tags.Tag tag, String outputFile, int number) implements SitePage {
    @Override
    public String template() {
        return "tag.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Tags tags = parts.tags();
        int count = Tags.pageCount(tag);
        int total = tag.documents().size();
        String title = "Tagged “" + tag.name() + "”" + (number > 1 ? ", page " + number + " of " + count : "");
        Map<String, Object> m = parts.chrome().base(outputFile, "tag", title);
        m.put("tag", tag.name());
        m.put("summary", total + (total == 1 ? " page" : " pages") + " tagged “" + tag.name() + "”");
        m.put("breadcrumbs", List.of(
                Map.of("title", "Home", "href", RelativeUrl.between(outputFile, "index.html")),
                Map.of("title", "Tags", "href", RelativeUrl.between(outputFile, tags.indexFile()))));
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Document d : ListingAddress.page(tag.documents(), number)) {
            cards.add(parts.chrome().card(outputFile, d));
        }
        m.put("cards", cards);
        m.put("pagination", Pagination.of(outputFile, number, count, n -> tags.file(tag, n)));
        m.put("tagIndex", RelativeUrl.between(outputFile, tags.indexFile()));
        return m;
    }

    /** Pages after the first are navigation, not content: left out of sitemap.xml. */
    @Override
    public boolean listed() {
        return number == 1;
    }
}
