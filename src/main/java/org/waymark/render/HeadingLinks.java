package org.waymark.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.html.Escape;
import org.waymark.model.Heading;

/**
 * An anchor link at the end of each heading of a page's text ({@code #}, named "Link to this
 * section: …"), so a reader can copy the address of any section, as on MkDocs and Docusaurus
 * sites. Only the headings the load stage found get one: it knows their ids and plain text.
 */
final class HeadingLinks {
    private HeadingLinks() {}

    /**
     * One scan with indexOf for each heading's opening tag, {@code <hN id="...">} as the
     * Markdown writer writes it (id first): a regular expression here cost more than the rest
     * of a guide's own markup.
     */
    static String add(String html, List<Heading> headings) {
        if (headings.isEmpty()) return html;
        Map<String, String> textById = new HashMap<>();
        for (Heading h : headings) if (!h.id().isEmpty()) textById.put(Escape.attribute(h.id()), h.text());
        StringBuilder out = new StringBuilder(html.length() + 96 * headings.size());
        int at = 0;
        int from = 0;
        int open;
        while ((open = html.indexOf("<h", from)) >= 0) {
            int idEnd = openingEnd(html, open);
            if (idEnd < 0) {
                from = open + 2;
                continue;
            }
            int end = idEnd + 2;  // after the tag's closing '">'
            String id = html.substring(open + 8, idEnd);
            String text = textById.get(id);
            int close = html.indexOf("</h" + html.charAt(open + 2) + ">", end);
            if (text == null || close < 0) {
                out.append(html, at, end);
                at = end;
                from = end;
                continue;
            }
            out.append(html, at, close)
                    .append("<a class=\"heading-anchor\" href=\"#").append(id)
                    .append("\" aria-label=\"").append(Escape.attribute("Link to this section: " + text))
                    .append("\">#</a>");
            at = close;
            from = close;
        }
        return out.append(html, at, html.length()).toString();
    }

    /** For {@code <hN id="ID">} at {@code open}: the index of the quote that ends ID, else -1. */
    private static int openingEnd(String html, int open) {
        if (open + 9 >= html.length()) return -1;
        char level = html.charAt(open + 2);
        if (level < '1' || level > '6' || !html.startsWith(" id=\"", open + 3)) return -1;
        int quote = html.indexOf('"', open + 8);
        if (quote <= open + 8 || quote + 1 >= html.length() || html.charAt(quote + 1) != '>') return -1;
        return quote;
    }
}
