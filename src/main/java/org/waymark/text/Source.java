package org.waymark.text;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * One content file's decoded text, with the offsets of its line starts so that any
 * character offset turns into a line and column for diagnostics.
 * <p>
 * The model keeps a source for every document, to the end of the build, for the diagnostics
 * later stages report at the content; on a site too large for plain texts the text is kept
 * deflated ({@link PackedText}: about 2.5 KB less a page), and inflated again when asked for. While the loader (or
 * anything else) still holds the text, it is handed out again as it is, not inflated anew.
 */
public final class Source {
    private final String path;
    private final PackedText packed;
    private final int[] lineStarts;
    private volatile WeakReference<String> recent;

    private Source(String path, String text, int[] lineStarts) {
        this.path = path;
        this.packed = PackedText.of(text);
        this.lineStarts = lineStarts;
        this.recent = new WeakReference<>(text);
    }

    private Source(String path, PackedText packed, int[] lineStarts) {
        this.path = path;
        this.packed = packed;
        this.lineStarts = lineStarts;
        this.recent = new WeakReference<>(null);
    }

    /** A source read back from where an earlier build kept it ({@code load/LoadStore}). */
    public static Source restored(String path, PackedText packed, int[] lineStarts) {
        return new Source(path, packed, lineStarts);
    }

    /** The text as kept: for {@code load/LoadStore}, which keeps it as it is. */
    public PackedText packed() {
        return packed;
    }

    public static Source of(String path, String text) {
        return new Source(path, text, lineStarts(text));
    }

    /** The offsets at which {@code text}'s lines start (the first is 0). */
    public static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        // indexOf, not a loop over charAt: the JVM searches a string's bytes many at a time
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    public String path() {
        return path;
    }

    public String text() {
        String t = recent.get();
        if (t == null) {
            t = packed.text();
            recent = new WeakReference<>(t);
        }
        return t;
    }

    /** The offsets at which the text's lines start (the first is 0). */
    public int[] lineStarts() {
        return lineStarts;
    }

    private int length() {
        return packed.chars();
    }

    public Position positionAt(int offset) {
        return positionAt(lineStarts, length(), offset);
    }

    /** The line and column of {@code offset} in a text of {@code length} chars whose lines start at {@code lineStarts}. */
    public static Position positionAt(int[] lineStarts, int length, int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    public int offsetOf(Position p) {
        int line = Math.max(1, Math.min(p.line(), lineStarts.length));
        return Math.min(length(), lineStarts[line - 1] + p.column() - 1);
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : length();
        // the text when it is still held, else the line alone from the packed text (not the whole)
        String text = recent.get();
        String s = text != null ? text.substring(start, end) : packed.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public boolean equals(Object o) {
        // The same text always packs to the same bytes, and different texts to different ones.
        return o instanceof Source s && s.path.equals(path) && s.packed.equals(packed);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + packed.hashCode();
    }

    @Override
    public String toString() {
        return "Source[" + path + "]";
    }
}
