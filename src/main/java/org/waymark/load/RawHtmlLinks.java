package org.waymark.load;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.waymark.html.HtmlSanitizer;
import org.waymark.model.Link;
import org.waymark.model.RawHtml;

/**
 * Links and images written as raw HTML in Markdown are checked like Markdown ones, so a
 * broken {@code <img src>} or a {@code javascript:} {@code href} is reported at its element
 * rather than slipping past the checks. Each is marked when the HTML cleaner removes it, so
 * that a site that does not trust raw HTML is not held to a link no reader will see.
 */
final class RawHtmlLinks {
    private RawHtmlLinks() {}

    static void extract(RawHtml raw, List<Link> out) {
        if (raw.html().indexOf('=') < 0) return;
        Element body = HtmlSanitizer.parse(raw.html());
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            for (Attribute a : e.attributes()) {
                if (!HtmlSanitizer.URL_ATTRIBUTES.contains(a.getKey())) continue;
                Range.Position p = e.sourceRange().start();
                var at = p.isTracked() ? raw.at(p.lineNumber(), p.columnNumber()) : raw.at();
                boolean image = a.getKey().equals("src") && e.normalName().equals("img");
                // The attribute value is what the browser reads: jsoup has decoded its entities.
                out.add(new Link(a.getValue(), image ? Link.Kind.IMAGE : Link.Kind.LINK, at, at,
                        !HtmlSanitizer.keeps(e, a)));
            }
        }
    }
}
