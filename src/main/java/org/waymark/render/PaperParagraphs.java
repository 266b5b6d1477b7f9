package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Rendered detail HTML as plain paragraphs for paper (a checklist's PDF), losing none of its
 * text: each link followed by its address, an image by its alt text, each list item with its
 * number or bullet (a nested one with a dash), each table row with its cells between bars, each
 * line of a code block on its own.
 */
final class PaperParagraphs {
    private PaperParagraphs() {}

    /** {@code address} turns an href into what a reader can type. */
    static List<String> of(String html, UnaryOperator<String> address) {
        List<String> out = new ArrayList<>();
        if (html == null || html.isBlank()) return out;
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element a : body.select("a[href]")) {
            String where = address.apply(a.attr("href"));
            if (!where.equals(a.text())) a.appendText(" (" + where + ")");
        }
        for (Element img : body.select("img")) {
            String alt = img.attr("alt").strip();
            if (alt.isEmpty()) img.remove();
            else img.replaceWith(new TextNode("[Image: " + alt + "]"));
        }
        blocks(body, 0, out);
        return out;
    }

    private static void blocks(Element parent, int depth, List<String> out) {
        for (Element block : parent.children()) {
            if (block.is("ul, ol")) {
                list(block, depth, out);
            } else if (block.is("pre")) {
                for (String line : block.wholeText().split("\n")) if (!line.isBlank()) out.add(line.strip());
            } else if (block.is("table")) {
                for (Element row : block.select("tr")) {
                    String cells = String.join(" | ", row.children().eachText());
                    if (!cells.isBlank()) out.add(cells);
                }
            } else if (block.is("blockquote, div, details, section, figure")) {
                blocks(block, depth, out);
                if (!block.ownText().isBlank()) out.add(block.ownText());
            } else if (!block.text().isBlank()) {
                out.add(block.text());
            }
        }
    }

    private static void list(Element list, int depth, List<String> out) {
        boolean numbered = list.is("ol");
        int n = numbered ? HtmlAsMarkdown.start(list) : 0;
        for (Element li : list.children()) {
            String mark = numbered ? (n++) + ". " : depth == 0 ? "• " : "– ";
            Element own = li.clone();
            own.select("ul, ol").remove();
            if (!own.text().isBlank()) out.add(mark + own.text());
            for (Element sub : li.select("ul, ol")) {
                if (sub.parents().stream().filter(e -> e.is("ul, ol")).findFirst().orElse(null) == list) {
                    list(sub, depth + 1, out);
                }
            }
        }
    }
}
