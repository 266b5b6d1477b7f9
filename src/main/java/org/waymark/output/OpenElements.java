package org.waymark.output;

import org.waymark.output.HtmlTags.Tag;

/**
 * The elements a token scan has open, and whether a tag lands where it stands, as an HTML
 * tree builder would put it ({@link HtmlScan} hands the page to a full parse when not).
 * Inside an svg element only plain drawing elements are read (those of a flowchart: no
 * script, style, title, link or HTML element), and a tag that ends with "/>" closes itself,
 * as in foreign content.
 */
final class OpenElements {
    private final Tag[] open = new Tag[102];
    private int depth;
    private int openP;
    private int openSvg;
    private int html;
    private int head;
    private int body;
    private boolean titled;

    /** Opens a start tag's element (ending with "/>" when {@code selfClosing}); false when a tree would not put it there. */
    boolean start(Tag tag, boolean selfClosing) {
        if (depth > 100) return false;
        if (openSvg > 0) {
            if (!tag.drawing()) return false;
        } else if (!plain(tag)) {
            return false;
        }
        boolean foreign = openSvg > 0 || tag.name().equals("svg");
        if (tag.raw() || tag.isVoid() || foreign && selfClosing) return true;
        open[depth++] = tag;
        if (tag.name().equals("p")) openP++;
        if (tag.name().equals("svg")) openSvg++;
        return true;
    }

    /** An end tag: it must close the innermost open element, as written. */
    boolean close(Tag tag) {
        if (depth == 0 || !open[depth - 1].name().equals(tag.name())) return false;
        String name = open[--depth].name();
        if (name.equals("p")) openP--;
        if (name.equals("svg")) openSvg--;
        return true;
    }

    /**
     * Whether a start tag puts an element where its tag stands, as a tree builder would: html,
     * head and body once each, in that nesting, the head holding only what a head may; nothing
     * that closes an open paragraph, heading, list item, link, button or form; a table's parts
     * only directly inside their own containers, and nothing else there.
     */
    private boolean plain(Tag tag) {
        String name = tag.name();
        Tag topTag = depth == 0 ? null : open[depth - 1];
        String top = topTag == null ? "" : topTag.name();
        if (tag.full()) return false;
        if (top.equals("head") && !tag.inHead()) return false;
        if (topTag != null && topTag.table()) {
            boolean part = switch (name) {
                case "caption", "colgroup", "thead", "tbody", "tfoot" -> top.equals("table");
                case "col" -> top.equals("colgroup") || top.equals("table");
                case "tr" -> !top.equals("tr") && !top.equals("colgroup");
                case "td", "th" -> top.equals("tr");
                default -> false;
            };
            if (!part) return false;
        } else if (tag.tablePart()) {
            return false;
        }
        if (tag.closesP() && openP > 0) return false;
        return switch (name) {
            case "html" -> ++html == 1 && depth == 0;
            case "head" -> ++head == 1 && top.equals("html");
            case "body" -> ++body == 1 && top.equals("html") && head == 1;
            case "title" -> top.equals("head") && !titled && (titled = true);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> topTag == null || !topTag.heading();
            case "li" -> top.equals("ul") || top.equals("ol") || top.equals("menu");
            case "dd", "dt" -> top.equals("dl");
            case "a", "button", "form", "nobr" -> !isOpen(name);
            case "option", "optgroup" -> !top.equals("option") && !top.equals("optgroup");
            default -> true;
        };
    }

    private boolean isOpen(String name) {
        for (int k = 0; k < depth; k++) if (open[k].name().equals(name)) return true;
        return false;
    }
}
