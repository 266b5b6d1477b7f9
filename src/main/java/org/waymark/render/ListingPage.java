package org.waymark.render;

import java.util.Map;

/**
 * Page {@code number} (2 or more) of a section's listing of trees, checklists and guides, at
 * {@code <section>/page/<n>/}: a long section's page lists {@link Listing#PER_PAGE} of them, so that it stays small however
 * large the section grows. Its own page (the section's index.html) is page 1.
 */
public record ListingPage(Outline.Section section, int number) implements SitePage {
    @Override
    public String outputFile() {
        return Listing.pageFile(section, number);
    }

    @Override
    public String template() {
        return "section.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        String title = section.folder().isEmpty() ? parts.site().config().title() : section.title();
        return parts.listingPage(section, number, title);
    }

    /** Navigation between listing pages, not content: left out of sitemap.xml. */
    @Override
    public boolean listed() {
        return false;
    }
}
