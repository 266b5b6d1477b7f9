package org.waymark.render;

import java.util.Map;

/** A folder of content/: its index.md or README.md when it has one, and a listing of what the folder holds. */
public record SectionPage(Outline.Section section) implements SitePage {
    @Override
    public String outputFile() {
        return section.outputFile();
    }

    @Override
    public String template() {
        return "section.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        return parts.section(section, "section", section.title(), "");
    }
}
