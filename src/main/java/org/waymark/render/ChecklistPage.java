package org.waymark.render;

import java.util.Map;
import org.waymark.model.Checklist;

/** A checklist: its sections and items, with links to its Markdown and PDF exports. */
public record ChecklistPage(Checklist list) implements SitePage {
    @Override
    public String outputFile() {
        return list.outputFile();
    }

    @Override
    public String template() {
        return "checklist.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Map<String, Object> m = parts.document(list, "checklist");
        m.put("checklist", parts.checklists().model(list, outputFile(), ""));
        m.put("scripts", PageScripts.CHECKLIST);
        m.put("embed", new EmbedCode(parts.site().config()).model(list, outputFile()));
        return m;
    }
}
