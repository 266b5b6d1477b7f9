package org.waymark.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.waymark.text.Source;

/** A checklist from a {@code kind: checklist} file. */
public record Checklist(Source source, ContentPath path, String id, String title, String summary,
                        List<String> tags, List<ChecklistSection> sections, Review review) implements Document {

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    @Override
    public Set<String> anchors() {
        Set<String> ids = new LinkedHashSet<>();
        items().forEach(i -> ids.add(i.id()));
        return ids;
    }

    @Override
    public List<Link> links() {
        List<Link> all = new ArrayList<>();
        for (Item i : items()) {
            all.addAll(i.detail().links());
            all.addAll(i.links());
        }
        return all;
    }
}
