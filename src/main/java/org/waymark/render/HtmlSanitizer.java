package org.waymark.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a Markdown text that contains raw HTML, against an allow-list that keeps
 * everything the Markdown renderer itself writes (and relative links) and drops scripts,
 * handlers, styles and dangerous URLs.
 */
public final class HtmlSanitizer {
    /** Relative URLs are resolved against this only to be judged; they stay relative in the output. */
    private static final String BASE = "https://content.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("aside", "section", "figure", "figcaption", "details", "summary", "mark", "del", "s", "ins",
                    "kbd", "samp", "var", "abbr", "hr", "input", "sup", "sub")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("a", "rel")
            .addAttributes("ol", "start")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** True when cleaning would change the fragment (used to warn the author). */
    public boolean wouldChange(String html) {
        return !new Cleaner(safelist).isValidBodyHtml(html);
    }
}
