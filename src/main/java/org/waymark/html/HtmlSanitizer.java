package org.waymark.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
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

    /** One thing cleaning removes from a fragment, at its 1-based line and column in the fragment. */
    public record Removal(String what, int line, int column) {}

    /**
     * What {@link #clean} would remove from a raw HTML fragment, element by element and
     * attribute by attribute, judged by the same allow-list. Comments are left out on purpose:
     * removing one changes nothing a reader sees.
     */
    public static List<Removal> removals(String html) {
        Document shell = Document.createShell(BASE);
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true)
                .parseFragmentInput(html, shell.body(), BASE);
        // Attached to a document with the base URI, so relative URLs are judged as in clean().
        shell.body().appendChildren(nodes);
        List<Removal> out = new ArrayList<>();
        for (Element e : shell.body().getAllElements()) {
            if (e == shell.body()) continue;
            Range.Position at = e.sourceRange().start();
            if (!SAFELIST.isSafeTag(e.normalName())) {
                out.add(new Removal("<" + e.normalName() + "> element", line(at), column(at)));
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!SAFELIST.isSafeAttribute(e.normalName(), e, a)) {
                    out.add(new Removal(a.getKey() + " attribute on <" + e.normalName() + ">", line(at), column(at)));
                }
            }
        }
        return out;
    }

    private static int line(Range.Position p) {
        return p.isTracked() ? p.lineNumber() : 1;
    }

    private static int column(Range.Position p) {
        return p.isTracked() ? p.columnNumber() : 1;
    }
}
