package org.waymark.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text broken into lines of at most a given number of characters, at spaces where possible,
 * with at most {@code maxLines} lines (the last ends in "…" when text was cut). Sizes are
 * estimated from an average glyph width, since the build has no fonts to measure with.
 */
record WrappedText(List<String> lines, boolean cut) {

    static WrappedText of(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width - 1) + "-");
                word = word.substring(width - 1);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() <= maxLines) return new WrappedText(List.copyOf(lines), false);
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        if (last.length() >= width) last = last.substring(0, width - 1);
        kept.set(maxLines - 1, last + "…");
        return new WrappedText(List.copyOf(kept), true);
    }

    int longest() {
        int n = 0;
        for (String l : lines) n = Math.max(n, l.length());
        return n;
    }
}
