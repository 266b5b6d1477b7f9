package org.waymark.model;

import java.util.List;
import org.waymark.text.Source;

/** Anything in content/ that becomes a page of its own. */
public sealed interface Document permits Page, DecisionTree, Checklist {
    Source source();

    ContentPath path();

    String title();

    String summary();

    List<String> tags();

    /** Its owner and the date it was last reviewed, as written; {@link Review#NONE} when neither is. */
    Review review();

    /** Ids that an {@code #anchor} may name in a link to this document. */
    java.util.Set<String> anchors();

    /** Every link written in this document, for the link rules. */
    List<Link> links();

    default String outputFile() {
        return path().outputFile();
    }

    /** Every Markdown text it holds: a page's body, a tree's help and bodies, an item's detail. */
    default List<Markdown> markdownTexts() {
        List<Markdown> out = new java.util.ArrayList<>();
        if (this instanceof Page p) {
            out.add(p.body());
        } else if (this instanceof DecisionTree t) {
            for (Node n : t.nodes().values()) {
                if (n instanceof Question q) out.add(q.help());
                if (n instanceof Outcome o) out.add(o.body());
            }
        } else if (this instanceof Checklist c) {
            for (Item i : c.items()) out.add(i.detail());
        }
        return out;
    }
}
