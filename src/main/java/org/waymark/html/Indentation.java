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

    public static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        boolean lineStart = false;
        while (i < n) {
            char c = html.charAt(i);
            if (lineStart && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                i++;  // indentation, or a blank line
                continue;
            }
            lineStart = false;
            if (c == '<') {
                int end = tagEnd(html, i);
                out.append(html, i, end);
                String kept = keptElement(html, i);
                if (kept != null) {
                    int close = indexOfIgnoreCase(html, "</" + kept, end);
                    int to = close < 0 ? n : close;
                    out.append(html, end, to);
                    i = to;
                } else {
                    i = end;
                }
                continue;
            }
            // text up to the next tag or line break goes across in one copy, not char by char
            int to = i;
            while (to < n) {
                char d = html.charAt(to);
                if (d == '<' || d == '\n') break;
                to++;
            }
            if (to < n && html.charAt(to) == '\n') {
                to++;
                lineStart = true;
            }
            out.append(html, i, to);
            i = to;
        }
        return out.toString();
    }

    /** The index after a tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                // a quote only opens a value after '=' (possibly with spaces between)
                int j = i - 1;
                while (j > from && html.charAt(j) == ' ') j--;
                if (html.charAt(j) == '=') quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    /** The name of the kept element that the tag at {@code at} opens, else null. */
    private static String keptElement(String html, int at) {
        for (String name : KEEP) {
            int end = at + 1 + name.length();
            if (end < html.length() && html.regionMatches(true, at + 1, name, 0, name.length())) {
                char after = html.charAt(end);
                if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '/') return name;
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String html, String what, int from) {
        for (int i = from; i <= html.length() - what.length(); i++) {
            if (html.charAt(i) == '<' && html.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }
}
