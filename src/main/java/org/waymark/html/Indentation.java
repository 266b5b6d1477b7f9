package org.waymark.html;

import org.waymark.text.Utf8;

/**
 * Removes the indentation at the start of each line of an HTML page, and blank lines: template
 * indentation that every page would otherwise carry. A line break stays where one was, so text
 * keeps a space wherever it had one. Left exactly as written: the insides of {@code pre},
 * {@code textarea}, {@code script} and {@code style} elements, and quoted attribute values.
 */
public final class Indentation {
    private Indentation() {}

    private static final String[] KEEP = {"pre", "textarea", "script", "style"};

    /**
     * Works on a char array and copies kept runs with arraycopy: on Java 17 StringBuilder
     * appends a String range one char at a time, which made this a tenth of a build's CPU.
     */
    public static String strip(String html) {
        char[] chars = html.toCharArray();
        return new String(chars, 0, strip(chars, chars.length));
    }

    /**
     * The first {@code length} chars of {@code chars}, stripped, as UTF-8: a page as it is
     * written. The stripping happens in place, so {@code chars} is scratch afterwards.
     */
    public static byte[] stripToUtf8(char[] chars, int length) {
        return Utf8.encode(chars, strip(chars, length));
    }

    /**
     * Strips the first {@code n} chars of {@code in} in place (what is kept only ever moves
     * left, and every look ahead reads past the write point); returns the chars kept.
     */
    private static int strip(char[] in, int n) {
        char[] out = in;
        int o = 0;
        int i = 0;
        boolean lineStart = false;
        while (i < n) {
            char c = in[i];
            if (lineStart && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                i++;  // indentation, or a blank line
                continue;
            }
            lineStart = false;
            int to;
            if (c == '<') {
                to = tagEnd(in, i, n);
                String kept = keptElement(in, i, n);
                if (kept != null) {
                    int close = indexOfClose(in, kept, to, n);
                    to = close < 0 ? n : close;
                }
            } else {
                // text up to the next tag or line break goes across in one copy
                to = i;
                while (to < n && in[to] != '<' && in[to] != '\n') to++;
                if (to < n && in[to] == '\n') {
                    to++;
                    lineStart = true;
                }
            }
            if (o != i) System.arraycopy(in, i, out, o, to - i);  // until the first strip, all stays put
            o += to - i;
            i = to;
        }
        return o;
    }

    /** The index after a tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(char[] html, int from, int n) {
        char quote = 0;
        for (int i = from + 1; i < n; i++) {
            char c = html[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                // a quote only opens a value after '=' (possibly with spaces between)
                int j = i - 1;
                while (j > from && html[j] == ' ') j--;
                if (html[j] == '=') quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return n;
    }

    /** The name of the kept element that the tag at {@code at} opens, else null. */
    private static String keptElement(char[] html, int at, int n) {
        if (at + 1 >= n) return null;
        char first = (char) (html[at + 1] | 0x20);
        if (first != 'p' && first != 't' && first != 's') return null;  // no kept name starts otherwise
        for (String name : KEEP) {
            int end = at + 1 + name.length();
            if (end < n && matches(html, at + 1, name)) {
                char after = html[end];
                if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '/') return name;
            }
        }
        return null;
    }

    /** Where {@code </name} next starts (any case) from {@code from}, else -1. */
    private static int indexOfClose(char[] html, String name, int from, int n) {
        for (int i = from; i + 2 + name.length() <= n; i++) {
            if (html[i] == '<' && html[i + 1] == '/' && matches(html, i + 2, name)) return i;
        }
        return -1;
    }

    /** Whether {@code html} at {@code at} spells the lower-case ASCII {@code name}, in any case. */
    private static boolean matches(char[] html, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = html[at + k];
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c != name.charAt(k)) return false;
        }
        return true;
    }
}
