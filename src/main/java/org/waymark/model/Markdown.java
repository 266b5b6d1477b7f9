package org.waymark.model;

import java.util.List;

/**
 * A parsed Markdown text (a page body, or a tree's help or body, or an item's detail).
 * {@code parsed} is the parser's tree; it is built once at load and only read afterwards.
 * {@code images} repeats the images of {@code links} with their alt text, for the image rules.
 */
public record Markdown(String text, Object parsed, List<Heading> headings, List<Link> links,
                       List<Image> images, List<RawHtml> rawHtml) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
