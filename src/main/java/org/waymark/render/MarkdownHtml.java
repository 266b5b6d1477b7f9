package org.waymark.render;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.waymark.markdown.MarkdownParser;
import org.waymark.markdown.MarkdownOptions;
import org.waymark.model.ContentPath;
import org.waymark.model.Markdown;

/**
 * Markdown to HTML for one page at a time. The renderer is built once per build; what differs
 * per call (the page being written, how embeds render) travels in a {@link Target} that the
 * calling thread holds while it renders, because flexmark builds its link resolver per call.
 */
public final class MarkdownHtml {

    /** Where the HTML lands and how to render an {@code embed} block there. */
    public record Target(String outputFile, boolean dropLeadingH1, Function<ContentPath, String> embeds) {}

    private static final ThreadLocal<Target> TARGET = new ThreadLocal<>();

    private final HtmlRenderer renderer;
    private final org.waymark.link.LinkResolver links;
    private final boolean trustHtml;

    public MarkdownHtml(org.waymark.link.LinkResolver links, boolean trustHtml) {
        this.links = links;
        this.trustHtml = trustHtml;
        MutableDataSet options = new MutableDataSet(MarkdownOptions.OPTIONS);
        // Admonitions are rendered here (BlockRenderers); the extension's own renderer would
        // also write an SVG icon sprite into every page.
        options.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(MarkdownOptions.OPTIONS).stream()
                .filter(e -> !(e instanceof com.vladsch.flexmark.ext.admonition.AdmonitionExtension)).toList());
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return new ContentLinks();
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

    public String render(Markdown markdown, Target target) {
        if (markdown.isBlank()) return "";
        TARGET.set(target);
        try {
            Document doc = MarkdownParser.parseWithIds(markdown.text(), markdown.sourcePath(), markdown.headings());
            String html = renderer.render(doc);
            if (markdown.rawHtml().isEmpty()) return html;
            ContentPath source = new ContentPath(doc.get(MarkdownParser.SOURCE_PATH));
            return HtmlSanitizer.process(html, !trustHtml, url -> rawHref(source, url, target.outputFile()));
        } finally {
            TARGET.remove();
        }
    }

    /** Rewrites links to content files into relative links between output files. */
    private final class ContentLinks implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            Target target = TARGET.get();
            String source = node.getDocument().get(MarkdownParser.SOURCE_PATH);
            if (target == null || source == null || source.isEmpty()) return link;
            String href = href(new ContentPath(source), link.getUrl(), target.outputFile());
            return link.withUrl(href).withStatus(LinkStatus.VALID);
        }
    }

    /** The output href for a link written in {@code source}, on the page at {@code outputFile}. */
    public String href(ContentPath source, String url, String outputFile) {
        org.waymark.link.ResolvedLink r = links.resolve(source, url);
        if (r instanceof org.waymark.link.ResolvedLink.External e) return e.url();
        if (r instanceof org.waymark.link.ResolvedLink.ToDocument d) {
            return RelativeUrl.between(outputFile, d.target().outputFile()) + anchor(d.anchor());
        }
        if (r instanceof org.waymark.link.ResolvedLink.ToSection s) {
            return RelativeUrl.between(outputFile, s.folder() + "index.html") + anchor(s.anchor());
        }
        if (r instanceof org.waymark.link.ResolvedLink.ToAsset a) {
            return RelativeUrl.between(outputFile, a.target().value());
        }
        if (r instanceof org.waymark.link.ResolvedLink.SameDocument s) return anchor(s.anchor());
        // Unsafe, outside or missing: the check stage has already failed the build; never write it.
        return "#";
    }

    /** Raw HTML links that name content files are rewritten; all others stay as written. */
    private String rawHref(ContentPath source, String url, String outputFile) {
        org.waymark.link.ResolvedLink r = links.resolve(source, url);
        boolean content = r instanceof org.waymark.link.ResolvedLink.ToDocument
                || r instanceof org.waymark.link.ResolvedLink.ToSection
                || r instanceof org.waymark.link.ResolvedLink.ToAsset;
        return content ? href(source, url, outputFile) : url;
    }

    private static String anchor(String a) {
        return a == null || a.isEmpty() ? "" : "#" + a;
    }

    /** Heading ids come from the load stage, so links were checked against exactly these. */
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
            Target target = TARGET.get();
            if (node.getInfo().toString().strip().equals("embed") && target != null) {
                String source = node.getDocument().get(MarkdownParser.SOURCE_PATH);
                String path = node.getContentChars().toString().strip();
                html.line().raw(target.embeds().apply(resolveEmbed(source, path))).line();
                return;
            }
            context.delegateRender();
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            Target target = TARGET.get();
            boolean leading = node.getParent() instanceof Document && node.getPrevious() == null;
            if (node.getLevel() == 1 && leading && target != null && target.dropLeadingH1()) return;
            if (node.getLevel() == 1) {
                // The page's title is its one h1; a level-1 heading in the body becomes an h2.
                html.srcPos(node.getText()).withAttr().tagLine("h2", () -> context.renderChildren(node));
                return;
            }
            context.delegateRender();
        }

        private static ContentPath resolveEmbed(String source, String path) {
            String joined = new ContentPath(source).folder() + path;
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
}
