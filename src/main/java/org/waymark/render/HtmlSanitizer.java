package org.waymark.render;

import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The pass over the HTML of a Markdown text that contains raw HTML: links in the raw HTML
 * that name content files are rewritten like Markdown links, and (unless the site trusts
 * raw HTML) the fragment is cleaned against an allow-list that keeps everything the
 * Markdown renderer itself writes and drops scripts, handlers, styles and dangerous URLs.
 */
public final class HtmlSanitizer {
    /** Relative URLs are resolved against this only to be judged; they stay relative in the output. */
    private static final String BASE = "https://content.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("aside", "section", "figure", "figcaption", "details", "summary", "mark", "del", "s", "ins",
                    "kbd", "samp", "var", "abbr", "hr", "input", "sup", "sub")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("a", "rel")
            .addAttributes("ol", "start")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .addAttributes("details", "open")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {}

    public static String process(String html, boolean clean, UnaryOperator<String> rewrite) {
        Document doc = Jsoup.parseBodyFragment(html, BASE);
        for (Element a : doc.select("a[href]")) a.attr("href", rewrite.apply(a.attr("href")));
        for (Element img : doc.select("img[src]")) img.attr("src", rewrite.apply(img.attr("src")));
        if (clean) doc = new Cleaner(SAFELIST).clean(doc);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /** True when cleaning would change the fragment (used to warn the author). */
    public static boolean wouldChange(String html) {
        return !new Cleaner(SAFELIST).isValidBodyHtml(html);
    }
}
