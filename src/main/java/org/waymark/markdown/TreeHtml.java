package org.waymark.markdown;

import com.vladsch.flexmark.ast.*;
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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;

/**
 * Writes a parsed document as HTML straight from flexmark's tree: the same HTML, byte for byte,
 * that flexmark's HtmlRenderer writes with Waymark's options and node renderers (NodeHtml,
 * TaskItemHtml), without its per-character line machinery. A document with a node this writer
 * does not know ({@link #writes}) is written by flexmark's renderer instead.
 */
final class TreeHtml {
    final HtmlLines out = new HtmlLines();
    final TreeInline inline;
    final TreeOwnHtml own;
    final Document doc;

    TreeHtml(Document doc, TreeLinks links, boolean dropLeadingH1) {
        this.doc = doc;
        this.inline = new TreeInline(this, links, dropLeadingH1);
        this.own = new TreeOwnHtml(this, links);
    }

    /** Whether every node of {@code node}'s tree is one this writer writes. */
    static boolean writes(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (!TreeInline.known(n) || !writes(n)) return false;
        }
        return true;
    }

    String write() {
        children(doc);
        return out.text();
    }

    void children(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    void node(Node n) {
        if (n instanceof Paragraph p) {
            paragraph(p);
        } else if (n instanceof Heading h) {
            inline.heading(h);
        } else if (n instanceof BulletList) {
            list("ul", null, n);
        } else if (n instanceof OrderedList o) {
            int start = o.getStartNumber();
            list("ol", TreeInline.LISTS.isOrderedListManualStart() && start != 1 ? String.valueOf(start) : null, n);
        } else if (n instanceof TaskListItem t) {
            own.taskItem(t);
        } else if (n instanceof ListItem li) {
            out.line().raw("<li>");
            inline.text(li.getMarkerSuffix().unescape());
            children(li);
            out.raw("</li>").line();
        } else if (n instanceof BlockQuote) {
            indented("<blockquote>", "</blockquote>", n);
        } else if (n instanceof FencedCodeBlock f) {
            own.fenced(f);
        } else if (n instanceof IndentedCodeBlock c) {
            out.line().raw("<pre>").openPre().raw("<code>");
            inline.text(c.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            out.raw("</code>").raw("</pre>").closePre().line();
        } else if (n instanceof ThematicBreak) {
            out.line().raw("<hr />").line();
        } else if (n instanceof HtmlBlock b) {
            out.line();
            if (b.hasChildren()) {
                children(b);
            } else {
                out.line().rawPre(b.getContentChars().normalizeEOL()).line();
            }
            out.line();
        } else if (n instanceof HtmlBlockBase b) {
            out.rawPre(b.getChars().normalizeEOL());
        } else if (n instanceof TableBlock) {
            indented("<table>", "</table>", n);
            out.line();
        } else if (n instanceof TableHead) {
            out.line().raw("<thead>");
            children(n);
            out.raw("</thead>").line();
        } else if (n instanceof TableBody) {
            out.line().raw("<tbody>");
            children(n);
            out.raw("</tbody>").line();
        } else if (n instanceof TableRow) {
            out.line().raw("<tr>");
            children(n);
            out.raw("</tr>").line();
        } else if (n instanceof TableCaption) {
            out.line().raw("<caption>");
            children(n);
            out.raw("</caption>").line();
        } else if (n instanceof TableSeparator || n instanceof Reference) {
            // nothing, as flexmark writes them
        } else if (n instanceof AdmonitionBlock a) {
            own.admonition(a);
        } else {
            inline.node(n);
        }
    }

    /** flexmark's tag with indent and line: the tag on a line of its own, children from the next line. */
    void indented(String open, String close, Node n) {
        out.line().raw(open).line();
        children(n);
        out.line().line().raw(close).line();
    }

    private void list(String tag, String start, Node n) {
        out.line().raw(start == null ? "<" + tag + ">" : "<" + tag + " start=\"" + start + "\">").line();
        children(n);
        out.line().raw("</" + tag + ">").line();
    }

    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (node.getParent() instanceof ParagraphItemContainer c
                && c.isParagraphWrappingDisabled(node, TreeInline.LISTS, doc)) {
            children(node);
            return;
        }
        out.line().raw("<p>");
        children(node);
        out.raw("</p>").line();
    }

    /** A cell of a table row: its alignment as flexmark writes it. */
    void cell(TableCell node) {
        String tag = node.isHeader() ? "th" : "td";
        TableCell.Alignment a = node.getAlignment();
        out.raw(a == null ? "<" + tag + ">" : "<" + tag + " align=\"" + switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        } + "\">");
        children(node);
        out.raw("</" + tag + ">");
    }
}
