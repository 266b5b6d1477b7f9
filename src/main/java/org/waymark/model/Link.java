package org.waymark.model;

import org.waymark.text.Position;
/** A link, image or embed written in content, where it was written, before resolution. */
public record Link(String target, Kind kind, Position at) {
    public enum Kind { LINK, IMAGE, EMBED, CHECKLIST }
}
