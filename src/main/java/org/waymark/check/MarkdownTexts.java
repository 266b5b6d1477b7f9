package org.waymark.check;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Item;
import org.waymark.model.Markdown;
import org.waymark.model.Node;
import org.waymark.model.Outcome;
import org.waymark.model.Page;
import org.waymark.model.Question;

/** Every Markdown text a document holds: a page's body, a tree's help and bodies, an item's detail. */
final class MarkdownTexts {
    private MarkdownTexts() {}

    static List<Markdown> of(Document d) {
        List<Markdown> out = new ArrayList<>();
        if (d instanceof Page p) {
            out.add(p.body());
        } else if (d instanceof DecisionTree t) {
            for (Node n : t.nodes().values()) {
                if (n instanceof Question q) out.add(q.help());
                if (n instanceof Outcome o) out.add(o.body());
            }
        } else if (d instanceof Checklist c) {
            for (Item i : c.items()) out.add(i.detail());
        }
        return out;
    }
}
