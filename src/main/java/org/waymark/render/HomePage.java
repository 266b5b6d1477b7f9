package org.waymark.render;

import java.util.Map;

/**
 * The home page: the top folder's index.md (or README.md), or the site's title and description when there is
 * none, above a listing of every tree and checklist and the top-level sections and guides.
 */
public record HomePage(Outline.Section section) implements SitePage {
    @Override
    public String outputFile() {
        return section.outputFile();
    }

    @Override
    public String template() {
        return "home.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        return parts.section(section, "home", parts.site().config().title(), parts.site().config().description());
    }
}
