package org.waymark.markdown;

import java.util.Arrays;

/**
 * The text {@link TreeHtml} writes, laid out exactly as flexmark's HtmlRenderer lays it out
 * with Waymark's options (its LineAppendableImpl with no indentation and only
 * F_TRIM_LEADING_WHITESPACE): {@link #line()} ends a line only when it has text, spaces at the
 * start of a line outside preformatted text are dropped, and blank lines outside preformatted
 * text are collapsed to one at the end. Whole strings are appended at once where flexmark goes
 * character by character, which was a fifth of the load stage's CPU time.
 */
final class HtmlLines {
    private static final byte EMPTY = 1;        // no text at all
    private static final byte BLANK = 2;        // only spaces and tabs, or none
    private static final byte PREFORMATTED = 4;

    private final StringBuilder out = new StringBuilder(4096);
    private int lineStart;
    private boolean allWhitespace = true;
    private int pre;
    private int preFirstLine = -1;
    private int lines;
    private boolean anyBlank;
    private int[] ends = new int[64];
    private byte[] flags = new byte[64];

    /** Ends the current line when it has text (or preformatted text is open). */
    HtmlLines line() {
        if (pre > 0 || out.length() != lineStart) endLine();
        return this;
    }

    HtmlLines openPre() {
        if (pre == 0 && preFirstLine != lines) preFirstLine = lines;
        pre++;
        return this;
    }

    HtmlLines closePre() {
        pre--;
        return this;
    }

    /** Raw HTML from the content, kept as written: preformatted, so that its spaces and blank lines stay. */
    HtmlLines rawPre(String s) {
        if (out.length() != lineStart && !s.isEmpty() && s.charAt(0) == '\n') {
            line();
            s = s.substring(1);
        }
        openPre();
        raw(s);
        return closePre();
    }

    HtmlLines raw(String s) {
        int n = s.length();
        if (n == 0) return this;
        boolean simple = true;
        boolean spacesOnly = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') {
                simple = false;
                break;
            }
            if (c != ' ') spacesOnly = false;
        }
        if (simple && (pre > 0 || s.charAt(0) != ' ' || !allWhitespace)) {
            out.append(s);
            if (!spacesOnly) allWhitespace = false;
            return this;
        }
        for (int i = 0; i < n; i++) append(s.charAt(i));
        return this;
    }

    private void append(char c) {
        if (c == '\n') {
            endLine();
        } else if (c == ' ') {
            if (pre > 0 || out.length() != lineStart && !allWhitespace) out.append(' ');
        } else if (c == '\t') {
            out.append('\t');
        } else {
            allWhitespace = false;
            out.append(c);
        }
    }

    private void endLine() {
        byte f = 0;
        if (out.length() == lineStart) f |= EMPTY;
        if (allWhitespace || out.length() == lineStart) f |= BLANK;
        if (pre > 0 || preFirstLine == lines) f |= PREFORMATTED;
        out.append('\n');
        if (lines == ends.length) {
            ends = Arrays.copyOf(ends, lines * 2);
            flags = Arrays.copyOf(flags, lines * 2);
        }
        ends[lines] = out.length();
        flags[lines] = f;
        if ((f & BLANK) != 0) anyBlank = true;
        lines++;
        lineStart = out.length();
        allWhitespace = true;
    }

    /** The text, with flexmark's limits of one blank line in a row and one at the end. */
    String text() {
        line();
        if (!anyBlank) return out.toString();
        int lastNonBlank = lines - 1;
        while (lastNonBlank >= 0 && (flags[lastNonBlank] & BLANK) != 0) lastNonBlank--;
        StringBuilder text = new StringBuilder(out.length());
        int blanks = 0;
        for (int i = 0; i < lines; i++) {
            int start = i == 0 ? 0 : ends[i - 1];
            if ((flags[i] & EMPTY) != 0 && (flags[i] & PREFORMATTED) == 0) {
                if (blanks < 1) {
                    blanks++;
                    text.append('\n');
                }
            } else {
                blanks = 0;
                text.append(out, start, ends[i]);
            }
        }
        return text.toString();
    }
}
