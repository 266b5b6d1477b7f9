package org.waymark.model;

import java.util.List;

/**
 * A parsed Markdown text (a page body, or a tree's help or body, or an item's detail).
 * {@code parsed} is the parser's tree; it is built once at load and only read afterwards.
 */
public record Markdown(String text, Object parsed, List<Heading> headings, List<Link> links,
                       List<Position> rawHtml) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
