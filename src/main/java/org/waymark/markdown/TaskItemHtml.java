package org.waymark.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.internal.TaskListNodeRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Set;
import org.waymark.html.Escape;

/**
 * A task-list item ({@code - [ ] text}) as the extension writes it, but with an accessible
 * name on its checkbox: the item's first line of text. The extension's box has none, so a
 * screen reader says only "checkbox, not checked" (axe-core's rule {@code label}).
 */
final class TaskItemHtml implements NodeRenderer {
    private final ListOptions lists;

    TaskItemHtml(ListOptions lists) {
        this.lists = lists;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::item));
    }

    private void item(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
        String box = "<input type=\"checkbox\" class=\"task-list-item-checkbox\""
                + (node.isItemDoneMarker() ? " checked=\"checked\"" : "")
                + " disabled=\"disabled\" aria-label=\"" + Escape.attribute(name(node)) + "\" />&nbsp;";
        html.attr("class", "task-list-item");
        if (lists.isTightListItem(node)) {
            html.srcPos(node.getChars()).withAttr(CoreNodeRenderer.TIGHT_LIST_ITEM).withCondIndent().tagLine("li", () -> {
                html.raw(box);
                context.renderChildren(node);
            });
        } else {
            html.withAttr(CoreNodeRenderer.LOOSE_LIST_ITEM).tagIndent("li", () ->
                    html.srcPos(node.getChars()).withAttr(TaskListNodeRenderer.TASK_ITEM_PARAGRAPH).tagLine("p", () -> {
                        html.raw(box);
                        context.renderChildren(node);
                    }));
        }
    }

    /** The text of the item's first paragraph, on one line; "Task" for an item with no text. */
    static String name(TaskListItem node) {
        String text = node.getFirstChild() instanceof Paragraph p
                ? new TextCollectingVisitor().collectAndGetText(p).replaceAll("\\s+", " ").strip() : "";
        return text.isEmpty() ? "Task" : text;
    }
}
