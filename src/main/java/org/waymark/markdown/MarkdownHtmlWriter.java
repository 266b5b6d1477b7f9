package org.waymark.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.link.UrlSafety;
import org.waymark.model.HtmlSlot;

/**
 * Writes a parsed Markdown text as HTML once, at load. Links to content files and embed
 * blocks become numbered slots ({@link #SLOT}: {@code href="wmslot:3"},
 * {@code <div class="wmslot-4"></div>}) that the render stage fills in for the page the text
 * is shown on. A content URL can never be {@code wmslot:…}: that scheme fails the link checks.
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
        // Admonitions are written here (BlockRenderers); the extension's own renderer would
        // also write an SVG icon sprite into every page.
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
                .nodeRendererFactory(options1 -> new BlockRenderers())
                .build();
    }

    /**
     * Writes {@code doc}, whose headings carry their ids in {@link MarkdownParser#HEADING_IDS}.
     * {@code dropLeadingH1}: a page's leading level-1 heading is its title, shown by the template.
     */
    public static Written write(Document doc, boolean dropLeadingH1) {
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

    /** Relative links become slots; http(s) and mailto stay; any other scheme is never written. */
    private static final class SlotLinks implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            String url = link.getUrl();
            var scheme = UrlSafety.scheme(url);
            if (scheme.isPresent()) {
                return UrlSafety.isAllowedScheme(scheme.get()) ? link : link.withUrl("#").withStatus(LinkStatus.VALID);
            }
            if (url.startsWith("//")) return link;
            return link.withUrl(SLOT + slot(new HtmlSlot(false, url))).withStatus(LinkStatus.VALID);
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

    /** Admonitions, embeds, and headings (a leading title heading dropped, other h1s demoted). */
    private static final class BlockRenderers implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(AdmonitionBlock.class, this::admonition),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                    new NodeRenderingHandler<>(Heading.class, this::heading));
        }

        private void admonition(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            String kind = node.getInfo().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
            String written = node.getTitle().toString();
            String title = !written.isEmpty() ? written
                    : kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            html.attr("class", "admonition admonition-" + (kind.isEmpty() ? "note" : kind))
                    .attr("role", "note").withAttr().tagLineIndent("aside", () -> {
                        html.attr("class", "admonition-title").withAttr().tag("p");
                        html.text(title);
                        html.tag("/p").line();
                        context.renderChildren(node);
                    });
        }

        private void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (node.getInfo().toString().strip().equals("embed")) {
                int n = slot(new HtmlSlot(true, node.getContentChars().toString().strip()));
                html.line().raw("<div class=\"" + EMBED_SLOT_CLASS + n + "\"></div>").line();
                return;
            }
            context.delegateRender();
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            if (TitleHeading.isTitle(node) && STATE.get().dropLeadingH1()) return;
            if (node.getLevel() == 1) {
                // The page's title is its one h1; a level-1 heading in the body becomes an h2.
                html.srcPos(node.getText()).withAttr().tagLine("h2", () -> context.renderChildren(node));
                return;
            }
            context.delegateRender();
        }
    }
}
