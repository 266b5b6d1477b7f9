package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.model.Document;

/** One tag: every guide, tree and checklist that carries it, in reading order. */
public record TagPage(Tags.Tag tag, String outputFile) implements SitePage {
    @Override
    public String template() {
        return "tag.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Tags tags = parts.tags();
        Map<String, Object> m = parts.chrome().base(outputFile, "tag", "Tagged “" + tag.name() + "”");
        m.put("tag", tag.name());
        m.put("summary", tag.documents().size() + (tag.documents().size() == 1 ? " page" : " pages")
                + " tagged “" + tag.name() + "”");
        m.put("breadcrumbs", List.of(
                Map.of("title", "Home", "href", RelativeUrl.between(outputFile, "index.html")),
                Map.of("title", "Tags", "href", RelativeUrl.between(outputFile, tags.indexFile()))));
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Document d : tag.documents()) cards.add(parts.chrome().card(outputFile, d));
        m.put("cards", cards);
        m.put("tagIndex", RelativeUrl.between(outputFile, tags.indexFile()));
        return m;
    }
}
