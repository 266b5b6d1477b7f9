package org.waymark.text;

import java.util.Arrays;

/**
 * One content file's decoded text, with the offsets of its line starts so that any
 * character offset turns into a line and column for diagnostics.
 */
public record Source(String path, String text, int[] lineStarts) {

    public static Source of(String path, String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return new Source(path, text, Arrays.copyOf(starts, count));
    }

    public Position positionAt(int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    public int offsetOf(Position p) {
        int line = Math.max(1, Math.min(p.line(), lineStarts.length));
        return Math.min(text.length(), lineStarts[line - 1] + p.column() - 1);
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && s.path.equals(path) && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "Source[" + path + "]";
    }
}
