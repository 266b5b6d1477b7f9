package org.waymark.markdown;

import com.vladsch.flexmark.ast.*;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import java.util.Set;
import org.waymark.model.HtmlSlot;

/** {@link TreeHtml}'s inline nodes and the nodes Waymark writes its own way (see NodeHtml, TaskItemHtml). */
final class TreeInline {
    static final ListOptions LISTS = ListOptions.get(MarkdownOptions.OPTIONS);
    static final HtmlRendererOptions HTML = new HtmlRendererOptions(MarkdownOptions.OPTIONS);
    private static final Set<Class<?>> KNOWN = Set.of(Paragraph.class, Heading.class, BulletList.class, OrderedList.class,
            BulletListItem.class, OrderedListItem.class, TaskListItem.class, BlockQuote.class, FencedCodeBlock.class,
            IndentedCodeBlock.class, CodeBlock.class, ThematicBreak.class, HtmlBlock.class, HtmlCommentBlock.class,
            HtmlInnerBlock.class, HtmlInnerBlockComment.class, TableBlock.class, TableHead.class, TableBody.class,
            TableRow.class, TableCaption.class, TableSeparator.class, TableCell.class, Reference.class,
            AdmonitionBlock.class, Text.class, TextBase.class, Code.class, Emphasis.class, StrongEmphasis.class,
            Strikethrough.class, SoftLineBreak.class, HardLineBreak.class, Link.class, LinkRef.class, Image.class,
            ImageRef.class, AutoLink.class, MailLink.class, HtmlInline.class, HtmlInlineComment.class, HtmlEntity.class,
            NumericReferenceInline.Literal.class);

    private final TreeHtml tree;
    private final HtmlLines out;
    private final TreeLinks links;
    private final boolean dropLeadingH1;
    private final Map<Node, String> ids;
    private final ReferenceRepository references;

    TreeInline(TreeHtml tree, TreeLinks links, boolean dropLeadingH1) {
        this.tree = tree;
        this.out = tree.out;
        this.links = links;
        this.dropLeadingH1 = dropLeadingH1;
        this.ids = tree.doc.get(MarkdownParser.HEADING_IDS);
        this.references = Parser.REFERENCES.get(tree.doc);
    }

    static boolean known(Node n) {
        return KNOWN.contains(n.getClass());
    }

    void node(Node n) {
        if (n instanceof Text t) {
            text(t);
        } else if (n instanceof SoftLineBreak) {
            out.raw("\n");
        } else if (n instanceof HardLineBreak) {
            out.raw("<br />\n");
        } else if (n instanceof Emphasis) {
            wrapped("<em>", "</em>", n);
        } else if (n instanceof StrongEmphasis) {
            wrapped("<strong>", "</strong>", n);
        } else if (n instanceof Strikethrough) {
            wrapped("<del>", "</del>", n);
        } else if (n instanceof Code c) {
            code(c);
        } else if (n instanceof Link l) {
            if (suppressed(l.getUrl())) tree.children(l);
            else link(links.link(l.getUrl().unescape()).url(), l.getTitle(), l);
        } else if (n instanceof LinkRef r) {
            linkRef(r);
        } else if (n instanceof Image i) {
            image(i);
        } else if (n instanceof ImageRef r) {
            imageRef(r);
        } else if (n instanceof MailLink m) {
            String address = m.getText().unescape();
            out.raw("<a href=\"" + attr("mailto:" + Escaping.percentEncodeUrl(address)) + "\">");
            text(address);
            out.raw("</a>");
        } else if (n instanceof AutoLink a) {
            autolink(a);
        } else if (n instanceof HtmlInlineBase h) {
            out.rawPre(h.getChars().normalizeEOL());
        } else if (n instanceof HtmlEntity e) {
            text(e.getChars().unescape());
        } else if (n instanceof NumericReferenceInline.Literal) {
            text(n.getChars().toString());
        } else if (n instanceof TableCell c) {
            tree.cell(c);
        } else {
            tree.children(n);   // TextBase
        }
    }

    private void wrapped(String open, String close, Node n) {
        out.raw(open);
        tree.children(n);
        out.raw(close);
    }

    /** Text as NodeHtml writes it: as it is, unless it holds a character that escapes or entities change. */
    private void text(Text node) {
        BasedSequence seq = node.getChars();
        String chars = seq.getBase() instanceof String base && seq.getEndOffset() - seq.getStartOffset() == seq.length()
                && seq instanceof com.vladsch.flexmark.util.sequence.SubSequence
                ? base.substring(seq.getStartOffset(), seq.getEndOffset()) : seq.toString();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0) {
                text(Escaping.normalizeEOL(seq.unescape()));
                return;
            }
        }
        out.raw(chars);
    }

    /** Escaped text, as flexmark's HtmlWriter.text writes it. */
    void text(String s) {
        out.raw(needsEscape(s) ? Escaping.escapeHtml(s, false) : s);
    }

    /** An attribute value, as flexmark's HtmlWriter writes it (entities kept). */
    static String attr(String s) {
        return needsEscape(s) ? Escaping.escapeHtml(s, true) : s;
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }

    void heading(Heading node) {
        if (TitleHeading.isTitle(node) && dropLeadingH1) return;
        String tag = "h" + (node.getLevel() == 1 ? 2 : node.getLevel());
        String id = ids.get(node);
        out.line().raw(id == null ? "<" + tag + ">" : "<" + tag + " id=\"" + attr(id) + "\">");
        tree.children(node);
        out.raw("</" + tag + ">").line();
    }

    private void code(Code node) {
        String text = node.getText().toString().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.chars().allMatch(c -> c == ' ')) {
            text = text.substring(1, text.length() - 1);
        }
        out.raw("<code>");
        text(text);
        out.raw("</code>");
    }

    private void link(String href, BasedSequence title, Node node) {
        out.raw("<a href=\"" + attr(href) + "\"" + (title.isNotNull() ? " title=\"" + attr(title.unescape()) + "\"" : "") + ">");
        tree.children(node);
        out.raw("</a>");
    }

    private void linkRef(LinkRef node) {
        if (node.isDefined()) {
            Reference ref = node.getReferenceNode(references);
            String url = ref.getUrl().unescape();
            String href = links.link(url).url();
            if (suppressed(url)) tree.children(node);
            else link(href, ref.getTitle(), node);
        } else if (!node.hasChildren()) {
            text(node.getChars().unescape());
        } else {
            text(node.getChars().prefixOf(node.getChildChars()).unescape());
            tree.children(node);
            text(node.getChars().suffixOf(node.getChildChars()).unescape());
        }
    }

    private void image(Image node) {
        if (suppressed(node.getUrl())) return;
        String url = links.image(node.getUrl().unescape()).url();
        if (!node.getUrlContent().isEmpty()) {
            url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=").replace("%26", "&amp;");
        }
        img(url, node, node.getTitle());
    }

    private void imageRef(ImageRef node) {
        if (!node.isDefined()) {
            text(node.getChars().unescape());
            return;
        }
        Reference ref = node.getReferenceNode(references);
        String url = ref.getUrl().unescape();
        String src = links.image(url).url();
        if (!suppressed(url)) img(src, node, ref.getTitle());
    }

    /** flexmark writes a link whose URL matches SUPPRESSED_LINKS ("javascript:.*") as its text alone, an image not at all. */
    private static boolean suppressed(CharSequence url) {
        return HTML.suppressedLinks != null && HTML.suppressedLinks.matcher(url).matches();
    }

    private void img(String src, Node node, BasedSequence title) {
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        out.raw("<img src=\"" + attr(src) + "\" alt=\"" + attr(alt) + "\""
                + (title.isNotNull() ? " title=\"" + attr(title.unescape()) + "\"" : "") + " />");
    }

    /** As NodeHtml.autolink: the load stage's URL, an allowed one as it is, any other a slot. */
    private void autolink(AutoLink node) {
        String url = MarkdownUrls.autolink(node);
        org.waymark.link.Href href = org.waymark.link.Href.parse(url);
        boolean allowed = !href.isRelative() && org.waymark.link.UrlSafety.isAllowedScheme(href.scheme());
        String written = allowed ? Escaping.percentEncodeUrl(url) : MarkdownHtmlWriter.SLOT + links.slot(new HtmlSlot(false, url));
        out.raw("<a href=\"" + attr(written) + "\">");
        text(node.getText().toString());
        out.raw("</a>");
    }
}
