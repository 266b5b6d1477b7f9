package org.waymark.render;

import java.util.Arrays;
import java.util.Locale;

/**
 * Gives every link in a page that leaves it (an {@code a} with an href that is not a
 * same-page {@code #fragment}) {@code target="_blank" rel="noopener"}, replacing any target or
 * rel it had. One pass over the HTML: a DOM per embed page, parsed and written out again, cost
 * more than the page's template. Comments, and the text of script, style, textarea and title,
 * are copied as they are, as an HTML parser would leave them.
 */
final class LeavingLinks {
    private LeavingLinks() {}

    private static final String[] RAW = {"script", "style", "textarea", "title"};
    private static final String ADDED = " target=\"_blank\" rel=\"noopener\"";

    static String rewrite(String html) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int n = html.length();
        int at = 0;  // copied up to here
        int i = html.indexOf('<');
        while (i >= 0 && i < n) {
            char next = i + 1 < n ? html.charAt(i + 1) : ' ';
            if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                i++;  // a "<" in text, as an HTML parser reads it
            } else if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (nameAt(html, i + 1, "a")) {
                Tag tag = Tag.read(html, i + 2);
                if (tag.leaves()) {
                    tag.copyWithout(html, out.append(html, at, i), i, ADDED);
                    at = tag.end;
                }
                i = tag.end;
            } else {
                String raw = rawAt(html, i + 1);
                int end = Tag.read(html, i + 1).end;
                i = raw == null ? end : closeOf(html, raw, end);
            }
            i = i < n ? html.indexOf('<', i) : n;
        }
        return out.append(html, at, n).toString();
    }

    /** An a tag's attributes as read: where the tag ends, its href, and its target and rel spans. */
    private record Tag(int end, String href, int[] drop, boolean selfClosing) {
        /** Reads the attributes from {@code from} (just after the tag's name) up to its {@code >}. */
        static Tag read(String html, int from) {
            int n = html.length();
            String href = null;
            int[] drop = new int[4];
            int dropped = 0;
            int slash = -1;  // a "/" read between attributes, which "/>" makes the tag's last
            int i = from;
            while (i < n) {
                char c = html.charAt(i);
                if (c == '>') return new Tag(i + 1, href, Arrays.copyOf(drop, dropped), slash == i - 1);
                if (isSpace(c) || c == '/') {
                    if (c == '/') slash = i;
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) i++;
                String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
                int j = i;
                while (j < n && isSpace(html.charAt(j))) j++;
                String value = "";
                if (j < n && html.charAt(j) == '=') {
                    j++;
                    while (j < n && isSpace(html.charAt(j))) j++;
                    char q = j < n ? html.charAt(j) : 0;
                    if (q == '"' || q == '\'') {
                        int close = html.indexOf(q, j + 1);
                        close = close < 0 ? n : close;
                        value = html.substring(j + 1, close);
                        j = Math.min(n, close + 1);
                    } else {
                        int s = j;
                        while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '>') j++;
                        value = html.substring(s, j);
                    }
                    i = j;
                }
                if (name.equals("href") && href == null) href = value;
                if ((name.equals("target") || name.equals("rel")) && dropped < drop.length) {
                    // the space before the attribute goes with it
                    int start = nameStart;
                    while (start > from && isSpace(html.charAt(start - 1))) start--;
                    drop[dropped++] = start;
                    drop[dropped++] = i;
                }
            }
            return new Tag(n, href, Arrays.copyOf(drop, dropped), false);
        }

        boolean leaves() {
            return href != null && !href.startsWith("#");
        }

        /** Appends the tag from {@code start} without its target and rel, {@code added} before its end. */
        void copyWithout(String html, StringBuilder out, int start, String added) {
            int at = start;
            for (int k = 0; k < drop.length; k += 2) {
                out.append(html, at, drop[k]);
                at = drop[k + 1];
            }
            int close = selfClosing ? end - 2 : end - 1;  // a self-closing "/>" stays last
            out.append(html, at, close).append(added).append(html, close, end);
        }
    }

    /** Whether a tag named {@code name} (any case) starts at {@code at}, followed by a space, / or >. */
    private static boolean nameAt(String html, int at, String name) {
        int after = at + name.length();
        return after < html.length() && html.regionMatches(true, at, name, 0, name.length())
                && (isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/');
    }

    private static String rawAt(String html, int at) {
        for (String name : RAW) if (nameAt(html, at, name)) return name;
        return null;
    }

    /** Where the text of a raw element ends: after its end tag, or the end of the page. */
    private static int closeOf(String html, String name, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i + 2, name, 0, name.length())) return i;
        }
        return html.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
