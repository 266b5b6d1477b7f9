package org.waymark.render;

import java.util.Map;

/**
 * One page of the site, by kind. Each kind names the file it is written to and the template
 * that writes it, and builds that template's model. Adding a kind of page is a record that
 * implements this, listed here and in {@link SitePages}.
 */
public sealed interface SitePage permits GuidePage, HomePage, SectionPage, ListingPage, TreePage, ChecklistPage,
        TagPage, TagIndexPage, AzIndexPage, AzLetterPage, RewrittenPage {
    /** Where the page is written, relative to the output root. */
    String outputFile();

    /** The template that writes it. */
    String template();

    /** The model its template is given. */
    Map<String, Object> model(PageParts parts);

    /** Whether the page is listed for search engines in sitemap.xml. */
    default boolean listed() {
        return true;
    }
}
