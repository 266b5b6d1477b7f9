package org.waymark.load;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.waymark.model.Link;
import org.waymark.text.Position;

/**
 * Links and images written as raw HTML in Markdown are checked like Markdown ones, so a
 * broken {@code <img src>} or a {@code javascript:} {@code href} is reported at its line
 * rather than slipping past the checks.
 */
final class RawHtmlLinks {
    private RawHtmlLinks() {}

    static void extract(String html, Position at, List<Link> out) {
        if (html.indexOf('=') < 0) return;
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                boolean image = key.equals("src") && e.tagName().equals("img");
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")
                        || key.equals("data") || key.equals("poster") || key.equals("background")
                        || key.equals("dynsrc") || key.equals("lowsrc") || key.equals("xlink:href")) {
                    out.add(new Link(a.getValue(), image ? Link.Kind.IMAGE : Link.Kind.LINK, at));
                }
            }
        }
    }
}
