package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML the build rendered from Markdown (an outcome's body), written back as Markdown for the
 * decision record: paragraphs, headings, lists, code, links, emphasis. Text is escaped, so
 * content reads as written; anything else keeps only its text.
 */
final class HtmlAsMarkdown {
    private HtmlAsMarkdown() {}

    /** {@code href} gives the address a link has in the record (relative as on the page, or absolute). */
    static String blocks(String html, UnaryOperator<String> href) {
        return blocks(Jsoup.parseBodyFragment(html).body().children(), href).strip();
    }

    private static String blocks(List<Element> blocks, UnaryOperator<String> href) {
        List<String> out = new ArrayList<>();
        for (Element block : blocks) {
            String tag = block.normalName();
            if (tag.equals("ul") || tag.equals("ol")) {
                int n = 0;
                for (Element li : block.children()) out.add((tag.equals("ol") ? ++n + ". " : "- ") + inline(li, href).strip());
            } else if (tag.matches("h[1-6]")) {
                // under the record's own "## Outcome" heading, whatever level it had on the page
                out.add("#### " + inline(block, href).strip());
            } else if (tag.equals("pre")) {
                out.add("```\n" + block.wholeText().replace("```", "` ` `").replaceFirst("\n$", "") + "\n```");
            } else {
                out.add(inline(block, href).strip());
            }
            out.add("");
        }
        return String.join("\n", out);
    }

    private static String inline(Element parent, UnaryOperator<String> href) {
        StringBuilder s = new StringBuilder();
        for (Node c : parent.childNodes()) {
            if (c instanceof TextNode t) {
                s.append(MarkdownText.inline(t.getWholeText()));
            } else if (c instanceof Element e) {
                switch (e.normalName()) {
                    case "a" -> s.append('[').append(inline(e, href)).append("](")
                            .append(MarkdownText.url(href.apply(e.attr("href")))).append(')');
                    case "strong", "b" -> s.append("**").append(inline(e, href)).append("**");
                    case "em", "i" -> s.append('*').append(inline(e, href)).append('*');
                    case "code" -> s.append('`').append(e.wholeText().replace('`', '\'')).append('`');
                    case "br" -> s.append("  \n");
                    case "ul", "ol" -> s.append('\n').append(blocks(List.of(e), href).replaceAll("(?m)^", "  "));
                    default -> s.append(inline(e, href));
                }
            }
        }
        return s.toString();
    }
}
