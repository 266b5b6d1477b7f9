package org.waymark.load;

import java.util.Optional;

/**
 * What flexmark cannot parse safely, found before it tries. Its parser and renderer recurse once
 * per level of block quote or list (a 1 MiB thread stack overflows near 440 nested lists), and
 * its inline parser copies the whole paragraph for each link, code span, tag, entity or escape
 * it matches (on Java 17), so a long paragraph full of them takes minutes. Both are refused
 * with a located error instead, as is a line that makes its heading parser quadratic; no
 * hand-written page comes near any of these limits.
 */
final class MarkdownLimits {
    /** Container levels, estimated from a line's prefix (markers, plus indentation / 2). */
    static final int MAX_NESTING = 100;
    /** Paragraph length x inline markers in it: about a second of flexmark's copying. */
    static final long MAX_INLINE_WORK = 200_000_000L;
    /**
     * Spaces and tabs in a row on a line with a '#': flexmark looks for a heading's closing
     * '#'s from each of them in turn, so its time grows with the square of the run.
     */
    static final int MAX_BLANK_RUN = 1_000;

    /** {@code offset}: the start of the line where the text goes past a limit. */
    record Problem(int offset, String message, String hint) {}

    private MarkdownLimits() {}

    static Optional<Problem> check(String text) {
        int blockStart = -1;
        long markers = 0;
        char fence = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            char opens = fenceChar(text, start, end);
            if (fence != 0) {
                if (opens == fence) fence = 0;           // fenced code is not parsed inline or nested
            } else if (opens != 0) {
                fence = opens;
            } else if (nesting(text, start, end) > MAX_NESTING) {
                return Optional.of(new Problem(start, "Markdown nested deeper than " + MAX_NESTING
                        + " levels of block quotes and lists", "flatten the quotes or lists"));
            } else if (end - start > MAX_BLANK_RUN && hasHash(text, start, end)) {
                int run = longestBlankRun(text, start, end);
                if (run > MAX_BLANK_RUN) {
                    return Optional.of(new Problem(start, "a line with " + run + " spaces or tabs in a row",
                            "remove the run of spaces"));
                }
            }
            // A blank line, a fence or a heading ends a paragraph (a heading is parsed on its own line).
            boolean blank = isBlank(text, start, end);
            if (blank || fence != 0 || opens != 0 || isHeading(text, start, end)) {
                blockStart = -1;
                markers = 0;
            } else {
                if (blockStart < 0) blockStart = start;
                markers += inlineMarkers(text, start, end);
                if (markers * (end - blockStart) > MAX_INLINE_WORK) {
                    return Optional.of(new Problem(blockStart, "a Markdown paragraph of " + (end - blockStart)
                            + "+ characters with " + markers + "+ links, code spans, tags or escapes in it",
                            "break it up with blank lines"));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean hasHash(String text, int start, int end) {
        int hash = text.indexOf('#', start);
        return hash >= 0 && hash < end;
    }

    /** As {@code text.substring(start, end).isBlank()}, without the copy. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }

    private static int longestBlankRun(String text, int start, int end) {
        int longest = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            run = c == ' ' || c == '\t' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean isHeading(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') i++;
        return i < end && text.charAt(i) == '#';
    }

    private static char fenceChar(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') i++;
        if (i + 3 > end) return 0;
        char c = text.charAt(i);
        return (c == '`' || c == '~') && text.charAt(i + 1) == c && text.charAt(i + 2) == c ? c : 0;
    }

    /** Quote and list markers at the start of the line, plus half the whitespace among them. */
    private static int nesting(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == end || text.charAt(i + 1) == ' '
                    || text.charAt(i + 1) == '\t')) {
                markers++;
                i++;
            } else {
                int d = i;
                while (d < end && d - i < 9 && Character.isDigit(text.charAt(d))) d++;
                if (d == i || d == end || (text.charAt(d) != '.' && text.charAt(d) != ')')) break;
                markers++;
                i = d + 1;
            }
        }
        return markers + columns / 2;
    }

    /** The characters at which flexmark's inline parser runs a regular expression over the paragraph. */
    private static int inlineMarkers(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ']' || c == '`' || c == '<' || c == '&' || c == '\\') n++;
        }
        return n;
    }
}
