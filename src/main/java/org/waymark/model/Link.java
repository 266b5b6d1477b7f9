package org.waymark.model;

import org.waymark.text.Position;
/**
 * A link, image or embed written in content, where it was written (from {@code at} to just
 * after its last character, {@code end}), before resolution.
 */
public record Link(String target, Kind kind, Position at, Position end) {
    public enum Kind { LINK, IMAGE, EMBED, CHECKLIST }

    /** A link whose extent is not known: a point at {@code at}. */
    public Link(String target, Kind kind, Position at) {
        this(target, kind, at, at);
    }
}
