package org.waymark.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** A part of a document a search result can link to: {@code anchor} is empty for the top. */
    record Section(String anchor, String heading, String text) {}

    private static final String[] BLOCK = {"p", "br", "li", "ul", "ol", "div", "pre", "blockquote", "table", "tr",
        "td", "th", "thead", "tbody", "dt", "dd", "dl", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "details",
        "summary", "figure", "figcaption", "img"};
    private static final String[] SKIPPED = {"script", "style", "template"};

    private SearchText() {}

    /** The text of {@code md} with no cuts: help, bodies, item details. */
    static String plain(Markdown md) {
        if (md.isBlank()) return "";
        Text t = new Text(md.html().length());
        scan(md.html(), t, null);
        return t.b.toString();
    }

    /**
     * The sections of a page's body: the text before its first heading under {@code first}
     * (the page's top), then one per heading that has an id.
     */
    static List<Section> sections(Markdown md, String firstHeading) {
        List<Section> out = new ArrayList<>();
        if (md.isBlank()) {
            out.add(new Section("", firstHeading, ""));
            return out;
        }
        Map<String, String> headings = new HashMap<>();
        for (Heading h : md.headings()) if (!h.id().isEmpty()) headings.putIfAbsent(h.id(), h.text());
        Text t = new Text(md.html().length());
        StringBuilder b = t.b;
        List<String[]> cuts = new ArrayList<>();
        scan(md.html(), t, (id, at) -> cuts.add(new String[] {id, Integer.toString(at)}));
        String anchor = "";
        String heading = firstHeading;
        int from = 0;
        for (String[] cut : cuts) {
            int at = Integer.parseInt(cut[1]);
            out.add(new Section(anchor, heading, b.substring(from, at).strip()));
            anchor = cut[0];
            heading = headings.getOrDefault(anchor, "");
            from = at;
        }
        out.add(new Section(anchor, heading, b.substring(from).strip()));
        if (out.size() > 1 && out.get(0).text().isEmpty()) out.remove(0);
        return out;
    }

    /** Told where each heading with an id starts in the text, as its id and the text's length then. */
    private interface Cuts {
        void at(String id, int textLength);
    }

    /** Text as it is collected: white space runs become one space, none at the start. */
    private static final class Text {
        final StringBuilder b;
        boolean space;

        Text(int capacity) {
            b = new StringBuilder(capacity / 2);
        }

        /** Appends {@code s[from, to)}, a run of non-space characters at a time. */
        void append(String s, int from, int to) {
            int i = from;
            while (i < to) {
                int start = i;
                while (i < to && !isSpace(s.charAt(i))) i++;
                if (i > start) {
                    if (space) b.append(' ');
                    space = false;
                    b.append(s, start, i);
                }
                while (i < to && isSpace(s.charAt(i))) i++;
                if (i > start && isSpace(s.charAt(i - 1))) space = b.length() > 0;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
                    || c > 127 && Character.isWhitespace(c);
        }

        void gap() {
            space = b.length() > 0;
        }
    }

    private static void scan(String html, Text text, Cuts cuts) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            if (end > i) appendText(html, i, end, text);
            if (lt < 0) break;
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) break;
            int from = lt + 1 < gt && html.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
            int to = from;
            while (to < gt && Character.isLetterOrDigit(html.charAt(to))) to++;
            String skipped = html.charAt(lt + 1) == '/' ? null : named(html, from, to, SKIPPED);
            if (skipped != null) {
                int close = html.indexOf("</" + skipped, gt);
                i = close < 0 ? n : html.indexOf('>', close) + 1;
                if (i == 0) i = n;
                continue;
            }
            if (named(html, from, to, BLOCK) != null) text.gap();
            if (cuts != null && to - from == 2 && from == lt + 1 && (html.charAt(from) | 32) == 'h'
                    && html.charAt(from + 1) >= '2' && html.charAt(from + 1) <= '6') {
                String id = attribute(html, lt, gt, "id");
                if (id != null && !id.isEmpty()) {
                    cuts.at(id, text.b.length());
                    // The heading's own text is the section's heading, taken from the model.
                    int close = html.indexOf("</" + html.substring(from, to), gt);
                    i = close < 0 ? n : html.indexOf('>', close) + 1;
                    if (i == 0) i = n;
                    text.gap();
                    continue;
                }
            }
            i = gt + 1;
        }
    }

    private static void appendText(String html, int from, int to, Text text) {
        // Looked for in [from, to) only: indexOf would read on to the end of the page each time.
        int amp = from;
        while (amp < to && html.charAt(amp) != '&') amp++;
        if (amp == to) {
            text.append(html, from, to);
        } else {
            String decoded = Parser.unescapeEntities(html.substring(from, to), false);
            text.append(decoded, 0, decoded.length());
        }
    }

    /** The one of {@code names} that the tag name at {@code html[from, to)} is, in any case; null if none. */
    private static String named(String html, int from, int to, String[] names) {
        int len = to - from;
        for (String name : names) {
            if (name.length() == len && html.regionMatches(true, from, name, 0, len)) return name;
        }
        return null;
    }

    /** The value of a double-quoted attribute of the tag in {@code html[lt, gt]}, as the writer quotes them. */
    private static String attribute(String html, int lt, int gt, String name) {
        int at = html.substring(lt, gt).indexOf(" " + name + "=\"");
        if (at < 0) return null;
        at += lt;
        int start = at + name.length() + 3;
        int end = html.indexOf('"', start);
        return end < 0 || end > gt ? null : Parser.unescapeEntities(html.substring(start, end), true);
    }
}
