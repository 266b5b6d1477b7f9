package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every tag of the site, by name, each with how many pages carry it and a link to its page. */
public record TagIndexPage(String outputFile) implements SitePage {
    @Override
    public String template() {
        return "tags.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Tags tags = parts.tags();
        Map<String, Object> m = parts.chrome().base(outputFile, "tags", "Tags");
        m.put("summary", "Every topic the guidance is tagged with.");
        m.put("breadcrumbs", List.of(Map.of("title", "Home", "href", RelativeUrl.between(outputFile, "index.html"))));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Tags.Tag t : tags.all()) {
            list.add(Map.of("name", t.name(), "href", Tags.href(outputFile, tags.file(t)), "count", t.documents().size()));
        }
        m.put("allTags", list);
        return m;
    }
}
