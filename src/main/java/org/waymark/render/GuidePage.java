package org.waymark.render;

import java.util.Map;
import org.waymark.model.Page;

/** A guide: a Markdown page that is not a section's index page (index.md or README.md). */
public record GuidePage(Page page) implements SitePage {
    @Override
    public String outputFile() {
        return page.outputFile();
    }

    @Override
    public String template() {
        return "page.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Map<String, Object> m = parts.document(page, "page");
        parts.content(page, m);
        return m;
    }
}
