package org.waymark.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;
import org.waymark.link.Href;
import org.waymark.link.UrlSafety;
import org.waymark.model.HtmlSlot;

/**
 * The nodes Waymark writes itself: admonitions (the extension's own renderer would add an SVG
 * sprite to every page), {@code embed} blocks (a slot), headings (a leading title heading
 * dropped, other level-1 headings demoted), code spans (CommonMark's rule for the spaces at
 * the ends, which flexmark 0.64 trims and collapses) and autolinks (written from the same
 * URL the load stage recorded, e-mail addresses as {@code mailto:}; flexmark's link resolver
 * caches by URL alone, so {@code <a@b.example>} could otherwise get the slot of a relative
 * link written the same way).
 */
final class NodeHtml implements NodeRenderer {
    private final BooleanSupplier dropLeadingH1;
    private final ToIntFunction<HtmlSlot> slot;

    /** {@code slot}: numbers a new slot of the text being written. */
    NodeHtml(BooleanSupplier dropLeadingH1, ToIntFunction<HtmlSlot> slot) {
        this.dropLeadingH1 = dropLeadingH1;
        this.slot = slot;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(AdmonitionBlock.class, this::admonition),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(MailLink.class, this::mail),
                new NodeRenderingHandler<>(AutoLink.class, this::autolink),
                new NodeRenderingHandler<>(Text.class, NodeHtml::text),
                new NodeRenderingHandler<>(NumericReferenceInline.Literal.class, (node, context, html) ->
                        html.text(node.getChars().toString())));
    }

    /**
     * Text as flexmark writes it (backslash escapes and entities decoded, line endings made
     * LF, then escaped), without its three regular-expression passes when the text holds none
     * of the characters they change: most text, and about a tenth of a build's CPU time.
     */
    private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
        String chars = node.getChars().toString();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0) {
                html.text(Escaping.normalizeEOL(node.getChars().unescape()));
                return;
            }
        }
        html.raw(chars);
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
            int n = slot.applyAsInt(new HtmlSlot(true, node.getContentChars().toString().strip()));
            html.line().raw("<div class=\"" + MarkdownHtmlWriter.EMBED_SLOT_CLASS + n + "\"></div>").line();
            return;
        }
        context.delegateRender();
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        if (TitleHeading.isTitle(node) && dropLeadingH1.getAsBoolean()) return;
        if (node.getLevel() == 1) {
            // The page's title is its one h1; a level-1 heading in the body becomes an h2.
            html.srcPos(node.getText()).withAttr().tagLine("h2", () -> context.renderChildren(node));
            return;
        }
        context.delegateRender();
    }

    /** Line endings become spaces; one space comes off each end when both ends have one and not all is space. */
    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getText().toString().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ")
                && !text.chars().allMatch(c -> c == ' ')) {
            text = text.substring(1, text.length() - 1);
        }
        html.withAttr().tag("code");
        html.text(text);
        html.tag("/code");
    }

    /**
     * An autolink ({@code <https://…>}, or a bare URL): its URL is {@link MarkdownUrls#autolink},
     * the load stage's target; one with a scheme that is not allowed gets a slot, which the
     * render stage leaves without an href.
     */
    private void autolink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        String url = MarkdownUrls.autolink(node);
        Href href = Href.parse(url);
        boolean allowed = !href.isRelative() && UrlSafety.isAllowedScheme(href.scheme());
        String written = allowed ? Escaping.percentEncodeUrl(url)
                : MarkdownHtmlWriter.SLOT + slot.applyAsInt(new HtmlSlot(false, url));
        html.attr("href", written).withAttr().tag("a");
        html.text(node.getText().toString());
        html.tag("/a");
    }

    private void mail(MailLink node, NodeRendererContext context, HtmlWriter html) {
        String address = node.getText().unescape();
        html.attr("href", "mailto:" + Escaping.percentEncodeUrl(address)).withAttr().tag("a");
        html.text(address);
        html.tag("/a");
    }
}
