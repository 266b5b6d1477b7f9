package org.waymark.model;

import org.waymark.text.Position;
/**
 * A heading of a Markdown text: its level, plain text and the id its anchor gets, and where
 * it was written (from {@code at} to just after its last character, {@code end}). The id is
 * empty for the heading that is its page's title (shown by the template, without an id).
 */
public record Heading(int level, String text, String id, Position at, Position end) {
    /** A heading whose extent is not known: a point at {@code at}. */
    public Heading(int level, String text, String id, Position at) {
        this(level, text, id, at, at);
    }
}
