package org.waymark.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;
import org.waymark.model.HtmlSlot;

/**
 * Writes a parsed Markdown text as HTML once, at load. Every link that is not an allowed
 * absolute URL becomes a numbered slot ({@link #SLOT}: {@code href="wmslot:3"}), and every
 * embed block one too ({@code <div class="wmslot-4"></div>}); the render stage fills them in
 * for the page the text is shown on, or leaves a refused link without an href. A content URL
 * can never be {@code wmslot:…}: that scheme fails the link checks.
 * <p>
 * The URL a slot holds is the one flexmark hands over (Markdown escapes and entities decoded,
 * {@link MarkdownUrls#target}), which is also the target the load stage recorded and the
 * check stage judged, so what is checked is what is written.
 */
public final class MarkdownHtmlWriter {
    public static final String SLOT = "wmslot:";
    public static final String EMBED_SLOT_CLASS = "wmslot-";

    /** The HTML and its slots, in slot-number order. */
    public record Written(String html, List<HtmlSlot> slots) {}

    private record State(List<HtmlSlot> slots, boolean dropLeadingH1) {}

    private static final ThreadLocal<State> STATE = new ThreadLocal<>();
    private static final HtmlRenderer RENDERER = build();

    private MarkdownHtmlWriter() {}

    private static HtmlRenderer build() {
        MutableDataSet options = new MutableDataSet(MarkdownOptions.OPTIONS);
        // Admonitions are written by NodeHtml; the extension's own renderer would also write an
        // SVG icon sprite into every page.
        options.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(MarkdownOptions.OPTIONS).stream()
                .filter(e -> !(e instanceof com.vladsch.flexmark.ext.admonition.AdmonitionExtension)).toList());
        return HtmlRenderer.builder(options)
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return new SlotLinks();
                    }
                })
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return new HeadingIds();
                    }
                })
                .nodeRendererFactory(o -> new NodeHtml(() -> STATE.get().dropLeadingH1(), MarkdownHtmlWriter::slot))
                .nodeRendererFactory(o -> new TaskItemHtml(com.vladsch.flexmark.parser.ListOptions.get(o)))
                .build();
    }

    /**
     * Writes {@code doc}, whose headings carry their ids in {@link MarkdownParser#HEADING_IDS}.
     * {@code dropLeadingH1}: the text's leading level-1 heading is its page's title, which the
     * template shows, so it is left out here.
     */
    public static Written write(Document doc, boolean dropLeadingH1) {
        if (TreeHtml.writes(doc)) {
            TreeLinks links = new TreeLinks();
            String html = new TreeHtml(doc, links, dropLeadingH1).write();
            return new Written(html, List.copyOf(links.slots));
        }
        return writeWithFlexmark(doc, dropLeadingH1);
    }

    /** The same, by flexmark's own renderer: for the nodes {@link TreeHtml} does not write (footnotes). */
    static Written writeWithFlexmark(Document doc, boolean dropLeadingH1) {
        State state = new State(new ArrayList<>(), dropLeadingH1);
        STATE.set(state);
        try {
            return new Written(RENDERER.render(doc), List.copyOf(state.slots()));
        } finally {
            STATE.remove();
        }
    }

    private static int slot(HtmlSlot slot) {
        List<HtmlSlot> slots = STATE.get().slots();
        slots.add(slot);
        return slots.size() - 1;
    }

    /**
     * Allowed absolute URLs stay (percent-encoded by flexmark, as CommonMark writes them);
     * every other link becomes a slot. A reference that names no definition is no link at all:
     * flexmark asks with LINK_REF/IMAGE_REF, and an unknown status makes it write the text.
     */
    private static final class SlotLinks implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) return link;
            Href href = Href.parse(link.getUrl());
            if (!href.isRelative() && UrlSafety.isAllowedScheme(href.scheme()) || href.isNetworkPath()) {
                return link.withStatus(LinkStatus.VALID);
            }
            return link.withUrl(SLOT + slot(new HtmlSlot(false, link.getUrl()))).withStatus(LinkStatus.VALID);
        }
    }

    /** Heading ids come from the load stage's own walk, so links were checked against exactly these. */
    private static final class HeadingIds implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof Heading && part == AttributablePart.NODE) {
                Map<Node, String> ids = node.getDocument().get(MarkdownParser.HEADING_IDS);
                String id = ids.get(node);
                if (id != null) attributes.replaceValue("id", id);
            }
        }
    }
}
