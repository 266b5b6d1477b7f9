package org.waymark.render;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.waymark.html.Escape;
import org.waymark.html.HtmlSanitizer;
import org.waymark.link.Href;
import org.waymark.link.LinkResolver;
import org.waymark.link.ResolvedLink;
import org.waymark.markdown.MarkdownHtmlWriter;
import org.waymark.model.ContentPath;
import org.waymark.model.HtmlSlot;
import org.waymark.model.Markdown;

/**
 * A Markdown text's HTML for one page: the load stage wrote it with numbered slots. Raw HTML
 * first has its content URLs rewritten and is cleaned (unless the site trusts it); then each
 * link slot gets its href relative to the page being written and each embed slot the embedded
 * tree or checklist, so that neither the writer's links nor the theme's embed are cleaned.
 */
public final class MarkdownHtml {

    /** Where the HTML lands and how to render an {@code embed} block there. */
    public record Target(String outputFile, Function<ContentPath, String> embeds) {}

    private final LinkResolver links;
    private final boolean trustHtml;

    public MarkdownHtml(LinkResolver links, boolean trustHtml) {
        this.links = links;
        this.trustHtml = trustHtml;
    }

    public String render(Markdown markdown, Target target) {
        if (markdown.isBlank()) return "";
        ContentPath source = new ContentPath(markdown.sourcePath());
        String html = markdown.html();
        if (!markdown.rawHtml().isEmpty()) {
            html = HtmlSanitizer.process(html, !trustHtml, url -> rawHref(source, url, target.outputFile()));
        }
        return fill(html, markdown.slots(), source, target);
    }

    /** One pass over the HTML, replacing {@code href="wmslot:N"}/{@code src="wmslot:N"} and embed slots. */
    private String fill(String html, List<HtmlSlot> slots, ContentPath source, Target target) {
        if (slots.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + 64 * slots.size());
        String linkMark = "=\"" + MarkdownHtmlWriter.SLOT;
        String embedMark = "<div class=\"" + MarkdownHtmlWriter.EMBED_SLOT_CLASS;
        int at = 0;
        // The next of each mark is looked for again only once passed: looking from each slot
        // to the end of the page for a mark it does not have made a page's cost grow with slots × length.
        int link = html.indexOf(linkMark);
        int embed = html.indexOf(embedMark);
        while (true) {
            if (link >= 0 && link < at) link = html.indexOf(linkMark, at);
            if (embed >= 0 && embed < at) embed = html.indexOf(embedMark, at);
            if (link < 0 && embed < 0) break;
            if (link >= 0 && (embed < 0 || link < embed)) {
                int start = link + 2 + MarkdownHtmlWriter.SLOT.length();
                int end = html.indexOf('"', start);
                HtmlSlot slot = slot(slots, html.substring(start, end), false);
                Optional<String> href = slot == null ? Optional.empty() : href(source, slot.target(), target.outputFile());
                if (href.isPresent()) {
                    out.append(html, at, link + 2).append(Escape.attribute(href.get()));
                    at = end;
                } else if (slot != null) {
                    // A link the checks refused (only written when a project lowered the rule to a
                    // warning): the text stays, the attribute goes. Never a "#" nobody wrote.
                    int name = html.lastIndexOf(' ', link);
                    out.append(html, at, name);
                    at = end + 1;
                } else {
                    out.append(html, at, end);
                    at = end;
                }
            } else {
                int start = embed + 12 + MarkdownHtmlWriter.EMBED_SLOT_CLASS.length();
                int end = html.indexOf('"', start);
                String close = "\"></div>";
                HtmlSlot slot = html.startsWith(close, end) ? slot(slots, html.substring(start, end), true) : null;
                out.append(html, at, embed);
                if (slot == null) {
                    out.append(html, embed, end);
                    at = end;
                } else {
                    out.append(target.embeds().apply(resolveEmbed(source, slot.target())));
                    at = end + close.length();
                }
            }
        }
        return out.append(html, at, html.length()).toString();
    }

    /** The slot numbered {@code number}, when it is one of this text's slots of that kind. */
    private static HtmlSlot slot(List<HtmlSlot> slots, String number, boolean embed) {
        try {
            int n = Integer.parseInt(number);
            return n >= 0 && n < slots.size() && slots.get(n).embed() == embed ? slots.get(n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The output href for a link written in {@code source}, on the page at {@code outputFile}:
     * relative, percent-encoded so that the browser reads back exactly the file's name. Empty
     * for a link the check stage refuses (unsafe, outside content/ or missing).
     */
    public Optional<String> href(ContentPath source, String url, String outputFile) {
        ResolvedLink r = links.resolve(source, url);
        if (r instanceof ResolvedLink.External e) return Optional.of(e.url());
        if (r instanceof ResolvedLink.ToDocument d) return Optional.of(to(outputFile, d.target().outputFile(), d.anchor()));
        if (r instanceof ResolvedLink.ToSection s) return Optional.of(to(outputFile, s.folder() + "index.html", s.anchor()));
        if (r instanceof ResolvedLink.ToAsset a) return Optional.of(to(outputFile, a.target().value(), a.anchor()));
        if (r instanceof ResolvedLink.SameDocument s) return Optional.of(anchor(s.anchor()));
        return Optional.empty();
    }

    private static String to(String fromFile, String toFile, String anchor) {
        return Href.percentEncode(RelativeUrl.between(fromFile, toFile)) + anchor(anchor);
    }

    /** Raw HTML URLs that name content files are rewritten; all others stay as written. */
    private String rawHref(ContentPath source, String url, String outputFile) {
        ResolvedLink r = links.resolve(source, url);
        boolean content = r instanceof ResolvedLink.ToDocument || r instanceof ResolvedLink.ToSection
                || r instanceof ResolvedLink.ToAsset;
        return content ? href(source, url, outputFile).orElse(url) : url;
    }

    /** "#anchor", or "#" alone when the content wrote a bare '#' (the top of the page), or nothing. */
    private static String anchor(String a) {
        return a == null ? "" : "#" + Href.percentEncode(a);
    }

    private static ContentPath resolveEmbed(ContentPath source, String path) {
        String joined = source.folder() + path;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return new ContentPath(String.join("/", parts));
    }
}
