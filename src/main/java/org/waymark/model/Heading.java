package org.waymark.model;

import org.waymark.text.Position;

/**
 * A heading of a Markdown text: its level, plain text and the id its anchor gets, and where
 * it was written (from {@link #at} to just after its last character, {@link #end}). The id is
 * empty for the heading that is its page's title (shown by the template, without an id).
 * <p>
 * Its place is kept as four numbers, not two {@link Position}s: a large site has a heading
 * for every few lines, and two objects fewer each is a tenth of the model's objects, which
 * the garbage collector walks at every full collection.
 */
public record Heading(int level, String text, String id, int line, int column, int endLine, int endColumn) {
    public Heading(int level, String text, String id, Position at, Position end) {
        this(level, text, id, at.line(), at.column(), end.line(), end.column());
    }

    /** A heading whose extent is not known: a point at {@code at}. */
    public Heading(int level, String text, String id, Position at) {
        this(level, text, id, at, at);
    }

    /** Where it starts. */
    public Position at() {
        return new Position(line, column);
    }

    /** Just after its last character. */
    public Position end() {
        return new Position(endLine, endColumn);
    }
}
