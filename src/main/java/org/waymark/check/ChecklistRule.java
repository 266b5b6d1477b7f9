package org.waymark.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.link.LinkResolver;
import org.waymark.model.Checklist;
import org.waymark.model.Item;
import org.waymark.model.Site;

/** Item ids are unique within a checklist: they key a reader's saved ticks. */
final class ChecklistRule implements Rule {
    @Override
    public void check(Site site, LinkResolver links, Consumer<Diagnostic> out) {
        for (Checklist list : site.checklists()) {
            Map<String, Item> seen = new HashMap<>();
            for (Item item : list.items()) {
                Item first = seen.putIfAbsent(item.id(), item);
                if (first != null) {
                    out.accept(Diagnostic.of(list.source(), item.at(), Code.DUPLICATE_ITEM, "two items have the id '"
                            + item.id() + "' (first at line " + first.at().line() + ")",
                            "give one of them an explicit, different 'id'"));
                }
            }
        }
    }
}
