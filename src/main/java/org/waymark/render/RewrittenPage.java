package org.waymark.render;

/**
 * A page whose HTML is changed after its template writes it. Most pages are written as their
 * template wrote them, straight from the buffer it wrote into; these are made a String first.
 */
public sealed interface RewrittenPage extends SitePage permits EmbedPage, NotFoundPage {
    /**
     * The page's HTML from its template's output. It reads nothing else but the site's base URL,
     * so that the model's digest (ModelDigests, whose seed holds the base URL) stands for the page.
     */
    String html(String rendered, PageParts parts);
}
