package org.waymark.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The level-1 heading a page opens with, which is its title. HTML comments before it do not
 * count: Markdown kept on GitHub often opens with {@code <!-- markdownlint-disable -->} or a
 * note to editors, and the heading after it is still the page's first visible line.
 */
public final class TitleHeading {
    private TitleHeading() {}

    public static boolean startsWithOne(Document doc) {
        return find(doc) != null;
    }

    /** The heading {@link #startsWithOne} finds, or null. */
    public static Heading find(Document doc) {
        Node first = doc.getFirstChild();
        while (first instanceof HtmlCommentBlock) first = first.getNext();
        return first instanceof Heading h && h.getLevel() == 1 ? h : null;
    }

    /** True for the heading {@link #startsWithOne} finds. */
    static boolean isTitle(Heading h) {
        if (h.getLevel() != 1 || !(h.getParent() instanceof Document)) return false;
        Node before = h.getPrevious();
        while (before instanceof HtmlCommentBlock) before = before.getPrevious();
        return before == null;
    }
}
