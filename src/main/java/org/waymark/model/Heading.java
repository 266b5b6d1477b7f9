package org.waymark.model;

import org.waymark.text.Position;
import org.waymark.text.Slug;

/**
 * A heading of a Markdown text: its level, plain text and the id its anchor gets ({@link #id}),
 * and where it was written (from {@link #at} to just after its last character, {@link #end}).
 * The id is empty for the heading that is its page's title (shown by the template, without an id).
 * <p>
 * Kept small, because a large site has a heading for every few lines and the garbage collector
 * walks every object of the model at each full collection: its place is four numbers, not two
 * {@link Position}s, and its id is kept only when it is not its text's slug ({@code distinctId},
 * null otherwise; most ids are), else worked out again when asked. At 10,000 pages the
 * positions were a tenth of the model's objects, the ids' strings about 4 %.
 */
public record Heading(int level, String text, String distinctId, int line, int column, int endLine, int endColumn) {
    public Heading(int level, String text, String id, Position at, Position end) {
        this(level, text, id.equals(Slug.of(text)) ? null : id, at.line(), at.column(), end.line(), end.column());
    }

    /** A heading whose extent is not known: a point at {@code at}. */
    public Heading(int level, String text, String id, Position at) {
        this(level, text, id, at, at);
    }

    /** The id its anchor gets: "" for the page's title, else unique within its page. */
    public String id() {
        return distinctId != null ? distinctId : Slug.of(text);
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
