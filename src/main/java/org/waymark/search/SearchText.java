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

    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "br", "li", "ul", "ol", "div", "pre",
            "blockquote", "table", "tr", "td", "th", "thead", "tbody", "dt", "dd", "dl", "hr", "h1", "h2", "h3", "h4",
            "h5", "h6", "section", "details", "summary", "figure", "figcaption", "img");

    private SearchText() {}

    /** The text of {@code md} with no cuts: help, bodies, item details. */
    static String plain(Markdown md) {
        if (md.isBlank()) return "";
        StringBuilder b = new StringBuilder(md.html().length());
        scan(md.html(), b, null);
        return squeeze(b);
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
        StringBuilder b = new StringBuilder(md.html().length());
        List<String[]> cuts = new ArrayList<>();
        scan(md.html(), b, (id, at) -> cuts.add(new String[] {id, Integer.toString(at)}));
        String anchor = "";
        String heading = firstHeading;
        int from = 0;
        for (String[] cut : cuts) {
            int at = Integer.parseInt(cut[1]);
            out.add(new Section(anchor, heading, squeeze(b.subSequence(from, at))));
            anchor = cut[0];
            heading = headings.getOrDefault(anchor, "");
            from = at;
        }
        out.add(new Section(anchor, heading, squeeze(b.subSequence(from, b.length()))));
        if (out.size() > 1 && out.get(0).text().isEmpty()) out.remove(0);
        return out;
    }

    /** Told where each heading with an id starts in the text, as its id and the text's length then. */
    private interface Cuts {
        void at(String id, int textLength);
    }

    private static void scan(String html, StringBuilder text, Cuts cuts) {
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
            String name = tagName(html, lt + 1, gt);
            if (name.equals("script") || name.equals("style") || name.equals("template")) {
                int close = html.indexOf("</" + name, gt);
                i = close < 0 ? n : html.indexOf('>', close) + 1;
                if (i == 0) i = n;
                continue;
            }
            if (BLOCK.contains(name)) text.append(' ');
            if (cuts != null && html.charAt(lt + 1) == 'h' && name.length() == 2 && name.charAt(1) >= '2'
                    && name.charAt(1) <= '6') {
                String id = attribute(html, lt, gt, "id");
                if (id != null && !id.isEmpty()) {
                    cuts.at(id, text.length());
                    // The heading's own text is the section's heading, taken from the model.
                    int close = html.indexOf("</" + name, gt);
                    i = close < 0 ? n : html.indexOf('>', close) + 1;
                    if (i == 0) i = n;
                    text.append(' ');
                    continue;
                }
            }
            i = gt + 1;
        }
    }

    private static void appendText(String html, int from, int to, StringBuilder text) {
        int amp = html.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            text.append(html, from, to);
        } else {
            text.append(Parser.unescapeEntities(html.substring(from, to), false));
        }
    }

    /** The lower-case name of the tag that starts at {@code from} (after '<'); "" for closing tags and comments. */
    private static String tagName(String html, int from, int to) {
        int i = from;
        if (i < to && html.charAt(i) == '/') i++;
        int start = i;
        while (i < to && Character.isLetterOrDigit(html.charAt(i))) i++;
        return html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** The value of a double-quoted attribute of the tag in {@code html[lt, gt]}, as the writer quotes them. */
    private static String attribute(String html, int lt, int gt, String name) {
        int at = html.indexOf(" " + name + "=\"", lt);
        if (at < 0 || at > gt) return null;
        int start = at + name.length() + 3;
        int end = html.indexOf('"', start);
        return end < 0 || end > gt ? null : Parser.unescapeEntities(html.substring(start, end), true);
    }

    /** White space runs as one space, ends trimmed. */
    static String squeeze(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
