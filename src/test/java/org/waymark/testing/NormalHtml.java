package org.waymark.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML in a canonical form for comparing two renderings, in the spirit of the CommonMark
 * spec's own normaliser: both sides parsed by one HTML parser, attributes sorted, white space
 * collapsed (except inside {@code pre}) and dropped next to block-level tags, entities and
 * quoting written one way.
 */
public final class NormalHtml {
    private NormalHtml() {}

    public static String of(String html) {
        return of(html, UnaryOperator.identity());
    }

    /** {@code urls} maps each {@code href} and {@code src} to the form it is compared in. */
    public static String of(String html, UnaryOperator<String> urls) {
        return of(Jsoup.parseBodyFragment(html).body(), urls);
    }

    /** The children of {@code container}, in canonical form. */
    public static String of(Element container, UnaryOperator<String> urls) {
        StringBuilder b = new StringBuilder();
        children(container, b, false, urls);
        return b.toString().strip();
    }

    private static void children(Element parent, StringBuilder b, boolean pre, UnaryOperator<String> urls) {
        for (Node n : parent.childNodes()) node(n, b, pre, urls);
    }

    private static void node(Node n, StringBuilder b, boolean pre, UnaryOperator<String> urls) {
        if (n instanceof TextNode t) {
            String text = pre ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (!pre) {
                if (edge(t.previousSibling(), t.parent(), true)) text = text.stripLeading();
                if (edge(t.nextSibling(), t.parent(), false)) text = text.stripTrailing();
            }
            b.append(org.waymark.html.Escape.text(text));
        } else if (n instanceof DataNode d) {
            b.append(d.getWholeData());
        } else if (n instanceof Comment c) {
            b.append("<!--").append(c.getData()).append("-->");
        } else if (n instanceof Element e) {
            b.append('<').append(e.normalName());
            Map<String, String> attrs = new TreeMap<>();
            for (Attribute a : e.attributes()) {
                boolean url = a.getKey().equals("href") || a.getKey().equals("src");
                attrs.put(a.getKey(), url ? urls.apply(a.getValue()) : a.getValue());
            }
            attrs.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(org.waymark.html.Escape.attribute(v))
                    .append('"'));
            b.append('>');
            if (e.tag().isSelfClosing() || e.tag().isEmpty()) return;
            children(e, b, pre || e.normalName().equals("pre"), urls);
            b.append("</").append(e.normalName()).append('>');
        }
    }

    /** True when the text's neighbour on that side is a block-level element or the edge of a block. */
    private static boolean edge(Node sibling, Node parent, boolean before) {
        if (sibling == null) return !(parent instanceof Element p) || p.isBlock() || p.normalName().equals("body");
        return sibling instanceof Element e && e.isBlock();
    }
}
