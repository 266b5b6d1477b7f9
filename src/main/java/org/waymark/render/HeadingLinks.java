package org.waymark.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.html.Escape;
import org.waymark.model.Heading;

/**
 * An anchor link at the end of each heading of a page's text ({@code #}, named "Link to this
 * section: …"), so a reader can copy the address of any section, as on MkDocs and Docusaurus
 * sites. Only the headings the load stage found get one: it knows their ids and plain text.
 */
final class HeadingLinks {
    /** A heading as the Markdown writer opens it, with its id as the first attribute. */
    private static final Pattern OPEN = Pattern.compile("<h([1-6]) id=\"([^\"]+)\">");

    private HeadingLinks() {}

    static String add(String html, List<Heading> headings) {
        if (headings.isEmpty()) return html;
        Map<String, String> textById = new HashMap<>();
        for (Heading h : headings) if (!h.id().isEmpty()) textById.put(Escape.attribute(h.id()), h.text());
        StringBuilder out = new StringBuilder(html.length() + 96 * headings.size());
        Matcher m = OPEN.matcher(html);
        int at = 0;
        while (m.find(at)) {
            String text = textById.get(m.group(2));
            int close = html.indexOf("</h" + m.group(1) + ">", m.end());
            if (text == null || close < 0) {
                out.append(html, at, m.end());
                at = m.end();
                continue;
            }
            out.append(html, at, close)
                    .append("<a class=\"heading-anchor\" href=\"#").append(m.group(2))
                    .append("\" aria-label=\"").append(Escape.attribute("Link to this section: " + text))
                    .append("\">#</a>");
            at = close;
        }
        return out.append(html, at, html.length()).toString();
    }
}
