package org.waymark.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.markdown.HeadingAnchor;
import org.waymark.markdown.MarkdownHtmlWriter;
import org.waymark.markdown.MarkdownParser;
import org.waymark.markdown.MarkdownUrls;
import org.waymark.markdown.Slugs;
import org.waymark.markdown.TitleHeading;
import org.waymark.model.HtmlSlot;
import org.waymark.model.Markdown;
import org.waymark.model.RawHtml;
import org.waymark.text.Position;
import org.waymark.text.Source;

/**
 * Parses Markdown once (the parser is built once and shared by all threads) and lifts out
 * what the checks need: headings with their ids, links, images, embeds and raw HTML, each with
 * its position in the file.
 */
public final class MarkdownReader {
    private MarkdownReader() {}

    /**
     * Made on first use: making it parses, which builds flexmark's parsers, and a build whose
     * every file comes from the load store needs neither (only {@link #shared}).
     */
    private static final class Empty {
        static final Markdown VALUE = read("", "", offset -> Position.START, false);
    }

    public static Markdown empty() {
        return Empty.VALUE;
    }

    /**
     * Reads {@code text} written in {@code source}; text past {@link MarkdownLimits} is reported
     * and read as empty, because flexmark would overflow the stack or run for minutes on it.
     */
    static Markdown read(Source source, String text, String sourcePath, PositionMap positions, boolean titleHeading,
                         List<Diagnostic> out) {
        Optional<MarkdownLimits.Problem> problem = MarkdownLimits.check(text);
        if (problem.isEmpty()) return read(text, sourcePath, positions, titleHeading);
        MarkdownLimits.Problem p = problem.get();
        out.add(Diagnostic.of(source, positions.at(p.offset()), Code.MARKDOWN_LIMIT, p.message(), p.hint()));
        return read("", sourcePath, positions, titleHeading);
    }

    /**
     * {@code titleHeading}: a leading level-1 heading is the page's title (its front matter has
     * none), which the template shows; the HTML leaves it out, and it gets no id, since no
     * element of the page will carry one for it.
     */
    private static Markdown read(String text, String sourcePath, PositionMap positions, boolean titleHeading) {
        Document doc = MarkdownParser.parse(text, sourcePath);
        Node title = titleHeading ? TitleHeading.find(doc) : null;
        List<org.waymark.model.Heading> headings = new ArrayList<>();
        List<org.waymark.model.Link> links = new ArrayList<>();
        List<org.waymark.model.Image> images = new ArrayList<>();
        List<RawHtml> rawHtml = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        collect(doc, doc, positions, headings, links, images, rawHtml, ids, used, title);
        boolean startsWithH1 = TitleHeading.startsWithOne(doc);
        doc.set(MarkdownParser.HEADING_IDS, ids);
        MarkdownHtmlWriter.Written html = text.isBlank() ? new MarkdownHtmlWriter.Written("", List.of())
                : MarkdownHtmlWriter.write(doc, title != null);
        return new Markdown(text.isBlank(), sourcePath, startsWithH1, html.html(), shared(html.slots(), links), List.copyOf(headings), List.copyOf(links), List.copyOf(images),
                List.copyOf(rawHtml));
    }

    /**
     * The slots with the very strings of the links' targets where they are equal (most are: both
     * are the URL as flexmark decodes it), so that a large site keeps each target once; a model
     * read back from the load store is shared the same way ({@link LoadDecoder}).
     */
    static List<HtmlSlot> shared(List<HtmlSlot> slots, List<org.waymark.model.Link> links) {
        if (slots.isEmpty()) return slots;
        Map<String, String> targets = new HashMap<>();
        for (org.waymark.model.Link l : links) targets.putIfAbsent(l.target(), l.target());
        List<HtmlSlot> out = new ArrayList<>(slots.size());
        for (HtmlSlot s : slots) out.add(new HtmlSlot(s.embed(), targets.getOrDefault(s.target(), s.target())));
        return List.copyOf(out);
    }

    private static void collect(Document doc, Node node, PositionMap positions,
                                List<org.waymark.model.Heading> headings, List<org.waymark.model.Link> links,
                                List<org.waymark.model.Image> images, List<RawHtml> rawHtml,
                                Map<Node, String> ids, Map<String, Integer> used, Node title) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                Optional<String> explicit = HeadingAnchor.take(h);
                String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                String slug = Slugs.slug(text);
                String id = "";
                if (h != title) {
                    id = explicit.orElseGet(() -> Slugs.unique(slug, used));
                    explicit.ifPresent(e -> used.putIfAbsent(e, 0));
                    ids.put(h, id);
                }
                Position at = positions.at(h.getStartOffset());
                Position end = positions.at(h.getEndOffset());
                headings.add(new org.waymark.model.Heading(h.getLevel(), text, id.equals(slug) ? null : id,
                        at.line(), at.column(), end.line(), end.column()));
            } else if (n instanceof Link l) {
                links.add(link(MarkdownUrls.destination(l.getUrl()), org.waymark.model.Link.Kind.LINK, l, positions));
            } else if (n instanceof Image i) {
                String url = MarkdownUrls.destination(i.getUrl());
                links.add(link(url, org.waymark.model.Link.Kind.IMAGE, i, positions));
                images.add(new org.waymark.model.Image(url, altText(i), positions.at(i.getStartOffset())));
            } else if (n instanceof LinkRef r && r.isDefined()) {
                Reference ref = r.getReferenceNode(doc);
                if (ref != null) {
                    links.add(link(MarkdownUrls.destination(ref.getUrl()), org.waymark.model.Link.Kind.LINK, r, positions));
                }
            } else if (n instanceof ImageRef r && r.isDefined()) {
                Reference ref = r.getReferenceNode(doc);
                if (ref != null) {
                    String url = MarkdownUrls.destination(ref.getUrl());
                    links.add(link(url, org.waymark.model.Link.Kind.IMAGE, r, positions));
                    images.add(new org.waymark.model.Image(url, altText(r), positions.at(r.getStartOffset())));
                }
            } else if (n instanceof AutoLink a) {
                links.add(link(MarkdownUrls.autolink(a), org.waymark.model.Link.Kind.LINK, a, positions));
            } else if (n instanceof MailLink) {
                // mailto: links are left as written
            } else if (n instanceof FencedCodeBlock f && f.getInfo().toString().strip().equals("embed")) {
                String content = f.getContentChars().toString();
                String target = content.strip();
                int start = f.getContentChars().getStartOffset();
                Position at = positions.at(start > 0 ? start : f.getStartOffset());
                Position end = start > 0 && !target.isEmpty()
                        ? positions.at(start + content.indexOf(target) + target.length()) : at;
                links.add(new org.waymark.model.Link(target, org.waymark.model.Link.Kind.EMBED, at, end));
            } else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                // Every piece of raw HTML, comments included: all of it goes through the cleaner.
                RawHtml raw = rawHtml(n, positions);
                rawHtml.add(raw);
                RawHtmlLinks.extract(raw, links);
                continue;
            }
            // An image's description is its alt text: a link written inside it is text, not a link.
            boolean altText = n instanceof Image || n instanceof ImageRef;
            if (n.hasChildren() && !altText) collect(doc, n, positions, headings, links, images, rawHtml, ids, used, title);
        }
    }

    private static org.waymark.model.Link link(String url, org.waymark.model.Link.Kind kind, Node n,
                                               PositionMap positions) {
        return new org.waymark.model.Link(url, kind, positions.at(n.getStartOffset()), positions.at(n.getEndOffset()));
    }

    /** The alt text as a reader of the rendered page gets it: the plain text between the brackets. */
    private static String altText(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image).strip();
    }

    private static RawHtml rawHtml(Node n, PositionMap positions) {
        String html = n.getChars().toString();
        int start = n.getStartOffset();
        List<Position> lines = new ArrayList<>();
        lines.add(positions.at(start));
        for (int i = html.indexOf('\n'); i >= 0 && i + 1 < html.length(); i = html.indexOf('\n', i + 1)) {
            lines.add(positions.at(start + i + 1));
        }
        return new RawHtml(html, List.copyOf(lines));
    }
}
