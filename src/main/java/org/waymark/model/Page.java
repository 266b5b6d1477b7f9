package org.waymark.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.text.Source;

/** A guidance page from a {@code .md} file. */
public record Page(Source source, ContentPath path, String title, String summary, List<String> tags,
                   Integer order, boolean draft, Map<String, Object> extra, Markdown body,
                   boolean titleFromBody, Review review) implements Document {

    @Override
    public Set<String> anchors() {
        Set<String> ids = new LinkedHashSet<>();
        // The heading that is the page's title has no id: the template's h1 carries none.
        body.headings().forEach(h -> {
            if (!h.id().isEmpty()) ids.add(h.id());
        });
        return ids;
    }

    @Override
    public List<Link> links() {
        return body.links();
    }
}
