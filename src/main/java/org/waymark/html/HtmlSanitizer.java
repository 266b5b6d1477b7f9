package org.waymark.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The pass over the HTML of a Markdown text that contains raw HTML: URLs in the raw HTML
 * that name content files are rewritten like Markdown links, and (unless the site trusts
 * raw HTML) the fragment is cleaned against an allow-list that keeps everything the
 * Markdown renderer itself writes and drops scripts, handlers, styles and dangerous URLs.
 */
public final class HtmlSanitizer {
    /** Relative URLs are resolved against this only to be judged; they stay relative in the output. */
    private static final String BASE = "https://content.invalid/";

    /** Attributes whose value a browser loads or follows as a URL. */
    public static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "dynsrc", "lowsrc", "xlink:href", "cite", "longdesc");

    /**
     * The Markdown writer's numbered link slots ({@code wmslot:3}) are filled after cleaning, so
     * the cleaner keeps them; content cannot write one (the scheme fails the link checks).
     */
    private static final String SLOT_SCHEME = "wmslot";

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
            .addProtocols("a", "href", "#", "http", "https", "mailto", "tel", SLOT_SCHEME)
            .addProtocols("img", "src", "http", "https", SLOT_SCHEME)
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {}

    /**
     * Rewrites every URL attribute with {@code rewrite}, then cleans the fragment when
     * {@code clean}. Slots the Markdown writer left are kept for the caller to fill, and so are
     * comments (with processing instructions, CDATA and declarations, which browsers read as
     * comments): CommonMark passes them through, they never show and cannot run, and a page
     * written for GitHub often carries one ({@code <!-- markdownlint-disable -->}).
     */
    public static String process(String html, boolean clean, UnaryOperator<String> rewrite) {
        Document doc = Jsoup.parseBodyFragment(html, BASE);
        for (Element e : doc.body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(a.getKey())) a.setValue(rewrite.apply(a.getValue()));
            }
        }
        if (clean) doc = InertNodes.keptThrough(doc, html, d -> new Cleaner(SAFELIST).clean(d));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /** True when cleaning keeps attribute {@code a} of element {@code e} (parsed with a base URI, as in clean). */
    public static boolean keeps(Element e, Attribute a) {
        return SAFELIST.isSafeTag(e.normalName()) && SAFELIST.isSafeAttribute(e.normalName(), e, a);
    }

    /** One thing cleaning removes from a fragment, at its 1-based line and column in the fragment. */
    public record Removal(String what, int line, int column) {}

    /**
     * Parses a raw HTML fragment as the cleaner sees it, with source positions and the base URI,
     * so that relative URLs are judged as in {@link #process}.
     */
    public static Element parse(String html) {
        Document shell = Document.createShell(BASE);
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, shell.body(), BASE);
        shell.body().appendChildren(nodes);
        return shell.body();
    }

    /**
     * What {@link #process} removes from a raw HTML fragment when it cleans: each element and
     * attribute the allow-list does not have. (Comments and their kin are kept.)
     */
    public static List<Removal> removals(String html) {
        Element body = parse(html);
        List<Removal> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
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
