package org.waymark.render;

import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;

/**
 * Which of the wizard and checklist scripts a page needs (layout.ftlh's {@code scripts}): a
 * tree's page or an embedded tree needs the wizard, a checklist's page or an embedded checklist
 * the checklist script; other pages load neither, which saves two requests per page.
 */
final class PageScripts {
    static final Map<String, Object> NONE = Map.of("wizard", false, "checklist", false);
    static final Map<String, Object> WIZARD = Map.of("wizard", true, "checklist", false);
    static final Map<String, Object> CHECKLIST = Map.of("wizard", false, "checklist", true);

    private boolean wizard;
    private boolean checklist;

    /** Records an embed of {@code d} (null when the embed names nothing, which the checker reports). */
    void embeds(Document d) {
        if (d instanceof DecisionTree) wizard = true;
        if (d instanceof Checklist) checklist = true;
    }

    Map<String, Object> model() {
        return Map.of("wizard", wizard, "checklist", checklist);
    }
}
