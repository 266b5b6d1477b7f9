package org.waymark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.text.Position;
import org.waymark.text.Source;

/** A decision tree from a {@code kind: decision} file; nodes keep their written order. */
public record DecisionTree(Source source, ContentPath path, String id, String title, String summary,
                           List<String> tags, String start, Position startAt, Map<String, Node> nodes, Review review)
        implements Document {

    @Override
    public Set<String> anchors() {
        return nodes.keySet();
    }

    @Override
    public List<Link> links() {
        List<Link> all = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n instanceof Question q) {
                all.addAll(q.help().links());
            } else if (n instanceof Outcome o) {
                all.addAll(o.body().links());
                all.addAll(o.links());
                if (o.checklist() != null) all.add(o.checklist());
            }
        }
        return all;
    }
}
