package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
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

    /** One thing cleaning removes from a fragment, at its 1-based line and column in the fragment. */
    public record Removal(String what, int line, int column) {}

    /**
     * What {@link #clean} would remove from a raw HTML fragment, element by element and
     * attribute by attribute, judged by the same allow-list. Comments are left out on purpose:
     * removing one changes nothing a reader sees.
     */
    public List<Removal> removals(String html) {
        Document shell = Document.createShell(BASE);
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true)
                .parseFragmentInput(html, shell.body(), BASE);
        // Attached to a document with the base URI, so relative URLs are judged as in clean().
        shell.body().appendChildren(nodes);
        List<Removal> out = new ArrayList<>();
        for (Element e : shell.body().getAllElements()) {
            if (e == shell.body()) continue;
            Range.Position at = e.sourceRange().start();
            if (!safelist.isSafeTag(e.normalName())) {
                out.add(new Removal("<" + e.normalName() + "> element", line(at), column(at)));
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!safelist.isSafeAttribute(e.normalName(), e, a)) {
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
