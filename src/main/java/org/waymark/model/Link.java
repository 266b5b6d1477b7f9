package org.waymark.model;

import org.waymark.text.Position;

/**
 * A link, image or embed written in content, where it was written (from {@link #at} to just
 * after its last character, {@link #end}), before resolution. {@code target} is the URL as the
 * browser will read it: for Markdown, after its backslash escapes and entities are decoded.
 * {@code cleanedAway}: it is written in raw HTML on an element or attribute that the HTML
 * cleaner removes, so it reaches the page only when site.yaml trusts raw HTML.
 * <p>
 * Its place is kept as four numbers, not two {@link Position}s, as a {@link Heading}'s is.
 */
public record Link(String target, Kind kind, int line, int column, int endLine, int endColumn, boolean cleanedAway) {
    public enum Kind { LINK, IMAGE, EMBED, CHECKLIST }

    public Link(String target, Kind kind, Position at, Position end, boolean cleanedAway) {
        this(target, kind, at.line(), at.column(), end.line(), end.column(), cleanedAway);
    }

    public Link(String target, Kind kind, Position at, Position end) {
        this(target, kind, at, end, false);
    }

    /** A link whose extent is not known: a point at {@code at}. */
    public Link(String target, Kind kind, Position at) {
        this(target, kind, at, at, false);
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
