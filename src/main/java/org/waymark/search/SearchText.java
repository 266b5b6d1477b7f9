package org.waymark.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.parser.Parser;
import org.waymark.model.Heading;
import org.waymark.model.Markdown;

/**
 * The plain text of a Markdown text, cut at its headings: what search indexes and quotes. It is
 * read from the HTML the load stage wrote once (the model keeps no parser tree), in one linear
 * pass with no HTML parser: tags are dropped (block tags leave a space), entities decoded, and
 * the insides of {@code script}, {@code style} and {@code template} skipped. A heading with an id
 * starts a new section named by that id, with its text from the model's heading.
 */
final class SearchText {
    /**
     * A part of a document a search result can link to: {@code anchor} is empty for the top. Its
     * text is {@code chars[from, to)}: a page's parts share the one array its text was collected
     * in, so no part's text is copied into a string of its own just to be cut into words.
     */
    record Section(String anchor, String heading, char[] chars, int from, int to) {
        static Section of(String anchor, String heading, String text) {
            char[] c = text.toCharArray();
            return new Section(anchor, heading, c, 0, c.length);
        }

        int length() {
            return to - from;
        }

        String text() {
            return new String(chars, from, to - from);
        }

        /** Equal by the text it holds, not by the array it shares (serve compares a page's parts with the last build's). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Section s && Objects.equals(anchor, s.anchor) && Objects.equals(heading, s.heading)
                    && Arrays.equals(chars, from, to, s.chars, s.from, s.to);
        }

        @Override
        public int hashCode() {
            return Objects.hash(anchor, heading, text());
        }
    }

    private SearchText() {}

    /** The text of {@code md} with no cuts: help, bodies, item details. */
    static String plain(Markdown md) {
        if (md.isBlank()) return "";
        Text t = new Text(0);
        scan(md.htmlChars(), t, null);
        return t.string(0, t.n);
    }

    /**
     * The sections of a page's body: the text before its first heading under {@code first}
     * (the page's top), then one per heading that has an id.
     */
    static List<Section> sections(Markdown md, String firstHeading) {
        List<Section> out = new ArrayList<>();
        if (md.isBlank()) {
            out.add(Section.of("", firstHeading, ""));
            return out;
        }
        Map<String, String> headings = new HashMap<>();
        for (Heading h : md.headings()) if (!h.id().isEmpty()) headings.putIfAbsent(h.id(), h.text());
        char[] html = md.htmlChars();
        Text t = new Text(html.length);
        List<String> ids = new ArrayList<>();
        List<Integer> ats = new ArrayList<>();
        scan(html, t, (id, at) -> {
            ids.add(id);
            ats.add(at);
        });
        String anchor = "";
        String heading = firstHeading;
        int from = 0;
        for (int k = 0; k < ids.size(); k++) {
            int at = ats.get(k);
            out.add(t.section(anchor, heading, from, at));
            anchor = ids.get(k);
            heading = headings.getOrDefault(anchor, "");
            from = at;
        }
        out.add(t.section(anchor, heading, from, t.n));
        if (out.size() > 1 && out.get(0).length() == 0) out.remove(0);
        return out;
    }

    /** Told where each heading with an id starts in the text, as its id and the text's length then. */
    private interface Cuts {
        void at(String id, int textLength);
    }

    /**
     * Text as it is collected, in an array (a page's text is a few kilobytes, and char by char
     * into an array is what the client compiler the build runs with makes quick): white space
     * runs become one space, none at the start.
     */
    private static final class Text {
        char[] out;
        int n;
        boolean space;

        Text(int capacity) {
            out = new char[Math.max(16, capacity)];
        }

        /** Appends {@code s[from, to)}. */
        void append(char[] s, int from, int to) {
            if (n + (to - from) + 1 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + (to - from) + 1));
            char[] o = out;
            int k = n;
            boolean sp = space;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c > ' ' && c < 127 || !isSpace(c)) {
                    if (sp) o[k++] = ' ';
                    sp = false;
                    o[k++] = c;
                } else {
                    sp = k > 0;
                }
            }
            n = k;
            space = sp;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
                    || c > 127 && Character.isWhitespace(c);
        }

        void gap() {
            space = n > 0;
        }

        /** The text {@code [from, to)}, stripped. */
        String string(int from, int to) {
            return new String(out, from, to - from).strip();
        }

        /** A section of the text {@code [from, to)}, stripped as {@link String#strip()} strips. */
        Section section(String anchor, String heading, int from, int to) {
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(out[a])) a++;
            while (b > a && Character.isWhitespace(out[b - 1])) b--;
            return new Section(anchor, heading, out, a, b);
        }
    }

    private static void scan(char[] html, Text text, Cuts cuts) {
        int i = 0;
        int n = html.length;
        while (i < n) {
            int lt = indexOf(html, '<', i);
            int end = lt < 0 ? n : lt;
            if (end > i) appendText(html, i, end, text);
            if (lt < 0) break;
            if (startsWith(html, "<!--", lt)) {
                int close = indexOf(html, "-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int gt = indexOf(html, '>', lt);
            if (gt < 0) break;
            boolean closing = lt + 1 < gt && html[lt + 1] == '/';
            int from = closing ? lt + 2 : lt + 1;
            int to = from;
            while (to < gt && Character.isLetterOrDigit(html[to])) to++;
            long name = SearchTags.key(html, from, to);
            String skipped = closing ? null : SearchTags.skipped(name);
            if (skipped != null) {
                int close = indexOf(html, "</" + skipped, gt);
                i = close < 0 ? n : indexOf(html, '>', close) + 1;
                if (i == 0) i = n;
                continue;
            }
            if (SearchTags.block(name)) text.gap();
            if (cuts != null && !closing && to - from == 2 && (html[from] | 32) == 'h'
                    && html[from + 1] >= '2' && html[from + 1] <= '6') {
                String id = attribute(html, lt, gt, "id");
                if (id != null && !id.isEmpty()) {
                    cuts.at(id, text.n);
                    // The heading's own text is the section's heading, taken from the model.
                    int close = indexOf(html, "</" + new String(html, from, 2), gt);
                    i = close < 0 ? n : indexOf(html, '>', close) + 1;
                    if (i == 0) i = n;
                    text.gap();
                    continue;
                }
            }
            i = gt + 1;
        }
    }

    private static void appendText(char[] html, int from, int to, Text text) {
        int amp = from;
        while (amp < to && html[amp] != '&') amp++;
        if (amp == to) {
            text.append(html, from, to);
        } else {
            char[] decoded = Parser.unescapeEntities(new String(html, from, to - from), false).toCharArray();
            text.append(decoded, 0, decoded.length);
        }
    }

    private static int indexOf(char[] s, char c, int from) {
        for (int i = from; i < s.length; i++) if (s[i] == c) return i;
        return -1;
    }

    private static int indexOf(char[] s, String what, int from) {
        char first = what.charAt(0);
        for (int i = indexOf(s, first, from); i >= 0; i = indexOf(s, first, i + 1)) {
            if (startsWith(s, what, i)) return i;
        }
        return -1;
    }

    /** Whether {@code what} is at {@code s[at]}, in any case (tag names). */
    private static boolean startsWith(char[] s, String what, int at) {
        if (at + what.length() > s.length) return false;
        for (int k = 0; k < what.length(); k++) {
            char c = s[at + k];
            if (c != what.charAt(k) && Character.toLowerCase(c) != what.charAt(k)) return false;
        }
        return true;
    }

    /** The value of a double-quoted attribute of the tag in {@code html[lt, gt]}, as the writer quotes them. */
    private static String attribute(char[] html, int lt, int gt, String name) {
        String key = " " + name + "=\"";
        int at = -1;
        for (int i = lt; i + key.length() <= gt && at < 0; i++) if (startsWith(html, key, i)) at = i;
        if (at < 0) return null;
        int start = at + name.length() + 3;
        int end = indexOf(html, '"', start);
        return end < 0 || end > gt ? null : Parser.unescapeEntities(new String(html, start, end - start), true);
    }
}
