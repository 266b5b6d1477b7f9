package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML the build rendered from Markdown (a question's help, an outcome's body), written back as
 * Markdown for the decision record and the tree's Markdown export: paragraphs, headings, lists
 * (nested, numbered from their start, task boxes), code blocks with their language, quotes,
 * tables with their alignment, rules, links, images, emphasis, strikethrough, code and line
 * breaks. Text is escaped, so content reads as written; any other element keeps its text.
 * Rendering the Markdown again gives the same HTML (HtmlAsMarkdownTest).
 */
final class HtmlAsMarkdown {
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "pre", "blockquote", "table", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "details", "section", "figure");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern UNESCAPED_BAR = Pattern.compile("(?<!\\\\)\\|");

    private HtmlAsMarkdown() {}

    /** {@code href} gives the address a link or image has in the record (relative as on the page, or absolute). */
    static String blocks(String html, UnaryOperator<String> href) {
        return container(Jsoup.parseBodyFragment(html).body(), href, false).strip();
    }

    /**
     * The blocks of a container, a blank line between each; inline content between blocks is a
     * paragraph of its own. In an item of a tight list ({@code tight}) a block that may interrupt
     * a paragraph follows on the next line instead, so the item stays tight.
     */
    private static String container(Element parent, UnaryOperator<String> href, boolean tight) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        String lastList = "";
        boolean lastAlternate = false;
        for (Node c : parent.childNodes()) {
            if (c instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(run, out, "\n\n");
                // two lists of a kind in a row would read as one: the second takes the other marker
                boolean alternate = e.normalName().equals(lastList) && !lastAlternate;
                String b = block(e, href, alternate);
                lastList = e.is("ul, ol") ? e.normalName() : "";
                lastAlternate = alternate;
                if (b.isBlank()) continue;
                boolean interrupts = e.is("pre, blockquote, hr, h1, h2, h3, h4, h5, h6, ul")
                        || (e.is("ol") && b.matches("(?s)^1[.)] .*"));
                append(out, b, tight && interrupts ? "\n" : "\n\n");
            } else {
                inline(c, href, run);
            }
        }
        flush(run, out, "\n\n");
        return out.toString();
    }

    private static void flush(StringBuilder run, StringBuilder out, String separator) {
        append(out, run.toString().strip(), separator);
        run.setLength(0);
    }

    private static void append(StringBuilder out, String part, String separator) {
        if (part.isEmpty()) return;
        if (out.length() > 0) out.append(separator);
        out.append(part);
    }

    private static String block(Element e, UnaryOperator<String> href, boolean alternate) {
        String tag = e.normalName();
        return switch (tag) {
            case "ul", "ol" -> list(e, href, alternate);
            // under the record's own heading, whatever level it had on the page
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "#### " + inlineOf(e, href).strip();
            case "pre" -> code(e);
            case "blockquote" -> container(e, href, false).lines().map(l -> l.isEmpty() ? ">" : "> " + l)
                    .reduce((a, b) -> a + "\n" + b).orElse(">");
            case "table" -> table(e, href);
            case "hr" -> "***"; // "---" under a line of text would make it a heading
            default -> container(e, href, false);
        };
    }

    private static String list(Element list, UnaryOperator<String> href, boolean alternate) {
        boolean ordered = list.is("ol");
        int n = ordered ? start(list) : 0;
        boolean loose = !list.select("> li > p").isEmpty();
        List<String> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (!li.is("li")) continue;
            String marker = ordered ? (n++) + (alternate ? ") " : ". ") : alternate ? "* " : "- ";
            String body = container(li, href, !loose);
            String indent = " ".repeat(marker.length());
            String[] lines = body.split("\n", -1);
            StringBuilder item = new StringBuilder(marker).append(lines[0]);
            for (int i = 1; i < lines.length; i++) item.append('\n').append(lines[i].isEmpty() ? "" : indent + lines[i]);
            items.add(body.isEmpty() ? marker.strip() : item.toString());
        }
        return String.join(loose ? "\n\n" : "\n", items);
    }

    /** The number an ordered list starts at: its {@code start}, else 1. */
    static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A fenced block, its fence longer than any run of backticks inside, with the code's language. */
    private static String code(Element pre) {
        String text = pre.wholeText().replaceFirst("\n$", "");
        Element code = pre.selectFirst("> code");
        String language = "";
        if (code != null) {
            for (String c : code.classNames()) if (c.startsWith("language-")) language = c.substring("language-".length());
        }
        String fence = "`".repeat(Math.max(3, longestRun(text) + 1));
        return fence + language + "\n" + text + "\n" + fence;
    }

    private static String table(Element table, UnaryOperator<String> href) {
        List<Element> rows = table.select("> thead > tr, > tbody > tr, > tr");
        if (rows.isEmpty()) return "";
        int columns = 0;
        for (Element r : rows) columns = Math.max(columns, r.children().size());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Element> cells = rows.get(i).children();
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String text = c < cells.size() ? inlineOf(cells.get(c), href).strip().replace('\n', ' ') : "";
                line.append(' ').append(UNESCAPED_BAR.matcher(text).replaceAll("\\\\|")).append(" |");
            }
            lines.add(line.toString());
            if (i == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int c = 0; c < columns; c++) {
                    String align = c < cells.size() ? cells.get(c).attr("align") : "";
                    rule.append(switch (align) {
                        case "left" -> " :--- |";
                        case "center" -> " :---: |";
                        case "right" -> " ---: |";
                        default -> " --- |";
                    });
                }
                lines.add(rule.toString());
            }
        }
        return String.join("\n", lines);
    }

    private static String inlineOf(Element parent, UnaryOperator<String> href) {
        StringBuilder s = new StringBuilder();
        for (Node c : parent.childNodes()) inline(c, href, s);
        return s.toString();
    }

    private static void inline(Node node, UnaryOperator<String> href, StringBuilder s) {
        if (node instanceof TextNode t) {
            s.append(MarkdownText.inline(t.getWholeText()));
            return;
        }
        if (!(node instanceof Element e)) return;
        switch (e.normalName()) {
            case "a" -> s.append('[').append(inlineOf(e, href)).append("](")
                    .append(MarkdownText.url(href.apply(e.attr("href")))).append(')');
            case "img" -> s.append("![").append(MarkdownText.inline(e.attr("alt"))).append("](")
                    .append(MarkdownText.url(href.apply(e.attr("src")))).append(')');
            case "strong", "b" -> s.append("**").append(inlineOf(e, href)).append("**");
            case "em", "i" -> s.append('*').append(inlineOf(e, href)).append('*');
            case "del", "s" -> s.append("~~").append(inlineOf(e, href)).append("~~");
            case "code" -> s.append(codeSpan(e.wholeText()));
            case "br" -> s.append("\\\n");
            case "input" -> {
                if (!e.attr("type").equals("checkbox")) return;
                s.append(e.hasAttr("checked") ? "[x] " : "[ ] ");
                // the renderer puts a no-break space after the box; the Markdown's own space stands for it
                if (e.nextSibling() instanceof TextNode t && t.getWholeText().startsWith("\u00a0")) {
                    t.text(t.getWholeText().substring(1));
                }
            }
            default -> s.append(inlineOf(e, href));
        }
    }

    /** A code span whose backticks outnumber any run inside it, padded where it starts or ends with one. */
    private static String codeSpan(String code) {
        String fence = "`".repeat(longestRun(code) + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" ") && !code.isBlank());
        return fence + (pad ? " " + code + " " : code) + fence;
    }

    private static int longestRun(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) longest = Math.max(longest, m.end() - m.start());
        return longest;
    }
}
