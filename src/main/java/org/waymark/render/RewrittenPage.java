package org.waymark.render;

/**
 * A page whose HTML is changed after its template writes it. Most pages are written as their
 * template wrote them, straight from the buffer it wrote into; these are made a String first.
 */
public sealed interface RewrittenPage extends SitePage permits EmbedPage, NotFoundPage {
    /** The page's HTML from its template's output. */
    String html(String rendered, PageParts parts);
}
