package org.waymark.html;

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
        char[] in = html.toCharArray();
        char[] out = new char[in.length];
        int n = in.length;
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
                to = tagEnd(in, i);
                String kept = keptElement(in, i);
                if (kept != null) {
                    int close = indexOfClose(in, kept, to);
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
            System.arraycopy(in, i, out, o, to - i);
            o += to - i;
            i = to;
        }
        return new String(out, 0, o);
    }

    /** The index after a tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(char[] html, int from) {
        char quote = 0;
        for (int i = from + 1; i < html.length; i++) {
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
        return html.length;
    }

    /** The name of the kept element that the tag at {@code at} opens, else null. */
    private static String keptElement(char[] html, int at) {
        if (at + 1 >= html.length) return null;
        char first = (char) (html[at + 1] | 0x20);
        if (first != 'p' && first != 't' && first != 's') return null;  // no kept name starts otherwise
        for (String name : KEEP) {
            int end = at + 1 + name.length();
            if (end < html.length && matches(html, at + 1, name)) {
                char after = html[end];
                if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '/') return name;
            }
        }
        return null;
    }

    /** Where {@code </name} next starts (any case) from {@code from}, else -1. */
    private static int indexOfClose(char[] html, String name, int from) {
        for (int i = from; i + 2 + name.length() <= html.length; i++) {
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
