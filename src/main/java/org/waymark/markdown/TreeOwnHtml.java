package org.waymark.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import org.waymark.html.Escape;
import org.waymark.model.HtmlSlot;

/** {@link TreeHtml}'s blocks that Waymark writes its own way: as NodeHtml and TaskItemHtml write them for flexmark. */
final class TreeOwnHtml {
    private final TreeHtml tree;
    private final HtmlLines out;
    private final TreeInline inline;
    private final TreeLinks links;

    TreeOwnHtml(TreeHtml tree, TreeLinks links) {
        this.tree = tree;
        this.out = tree.out;
        this.inline = tree.inline;
        this.links = links;
    }

    /** As NodeHtml.fenced: an embed block is a slot; other code as flexmark writes it. */
    void fenced(FencedCodeBlock node) {
        if (node.getInfo().toString().strip().equals("embed")) {
            int n = links.slot(new HtmlSlot(true, node.getContentChars().toString().strip()));
            out.line().raw("<div class=\"" + MarkdownHtmlWriter.EMBED_SLOT_CLASS + n + "\"></div>").line();
            return;
        }
        out.line().raw("<pre>").openPre();
        BasedSequence info = node.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = node.getInfoDelimitedByAny(TreeInline.HTML.languageDelimiterSet).unescape();
            out.raw("<code class=\"" + TreeInline.attr(TreeInline.HTML.languageClassMap.getOrDefault(language, TreeInline.HTML.languageClassPrefix + language)) + "\">");
        } else {
            out.raw("<code>");
        }
        inline.text(node.getContentChars().normalizeEOL());
        out.raw("</code>").raw("</pre>").closePre().line();
    }

    /** As TaskItemHtml.item. */
    void taskItem(TaskListItem node) {
        String box = "<input type=\"checkbox\" class=\"task-list-item-checkbox\""
                + (node.isItemDoneMarker() ? " checked=\"checked\"" : "")
                + " disabled=\"disabled\" aria-label=\"" + Escape.attribute(TaskItemHtml.name(node))
                + "\" />&nbsp;";
        if (TreeInline.LISTS.isTightListItem(node)) {
            out.line().raw("<li class=\"task-list-item\">").raw(box);
            tree.children(node);
            out.raw("</li>").line();
        } else {
            out.line().raw("<li class=\"task-list-item\">").line();
            out.line().raw("<p>").raw(box);
            tree.children(node);
            out.raw("</p>").line();
            out.line().raw("</li>").line();
        }
    }

    /** As NodeHtml.admonition. */
    void admonition(AdmonitionBlock node) {
        String kind = node.getInfo().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        String written = node.getTitle().toString();
        String title = !written.isEmpty() ? written
                : kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        out.line().raw("<aside class=\"" + TreeInline.attr("admonition admonition-" + (kind.isEmpty() ? "note" : kind))
                + "\" role=\"note\">").line();
        out.raw("<p class=\"admonition-title\">");
        inline.text(title);
        out.raw("</p>").line();
        tree.children(node);
        out.line().line().raw("</aside>").line();
    }
}
