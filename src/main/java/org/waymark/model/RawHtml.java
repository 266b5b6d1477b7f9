package org.waymark.model;

import java.util.List;
import org.waymark.text.Position;

/**
 * A piece of raw HTML written in Markdown (one block, or one inline tag), with the file
 * position of each of its lines, so that a finding inside a multi-line block points at its line.
 */
public record RawHtml(String html, List<Position> lineStarts) {
    public Position at() {
        return lineStarts.get(0);
    }

    /** The file position of a 1-based line and column inside {@link #html()}. */
    public Position at(int line, int column) {
        Position start = lineStarts.get(Math.max(0, Math.min(line, lineStarts.size()) - 1));
        return new Position(start.line(), start.column() + Math.max(0, column - 1));
    }
}
