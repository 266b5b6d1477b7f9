package org.waymark.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.markdown.Slugs;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * A decision tree as Markdown for GitHub and GitLab wikis: a Mermaid flowchart (both render
 * it) of every question, outcome and option, then each question and outcome as a section
 * whose options link to the sections they lead to. Links leave as absolute addresses when the
 * site has a baseUrl; otherwise they stay relative to the tree's page, and the text says so.
 */
final class TreeMarkdown {
    private final MarkdownHtml markdown;
    private final LinkLabels labels;
    private final String baseUrl;

    TreeMarkdown(MarkdownHtml markdown, LinkLabels labels, String baseUrl) {
        this.markdown = markdown;
        this.labels = labels;
        this.baseUrl = baseUrl;
    }

    String write(DecisionTree tree) {
        ExportHrefs href = new ExportHrefs(baseUrl, tree.outputFile());
        String from = href.from();
        String pageUrl = href.pageUrl();
        Map<String, Integer> used = new HashMap<>();
        Slugs.unique(Slugs.slug(tree.title()), used);
        Slugs.unique("flowchart", used);
        Slugs.unique("questions-and-outcomes", used);
        Map<String, String> anchors = new LinkedHashMap<>();
        for (Node n : tree.nodes().values()) anchors.put(n.id(), Slugs.unique(Slugs.slug(text(n)), used));

        List<String> out = new ArrayList<>(List.of("# " + MarkdownText.escape(tree.title()), ""));
        if (!tree.summary().isBlank()) out.addAll(List.of(MarkdownText.escape(tree.summary()), ""));
        out.add(pageUrl != null ? "The wizard: <" + pageUrl + ">." : "Exported from the site's decision tree at `"
                + tree.outputFile() + "`; links below are relative to that page of the site.");
        out.addAll(List.of("", "Start at [" + MarkdownText.escape(text(tree.nodes().get(tree.start()))) + "](#"
                + anchors.get(tree.start()) + ").", "", "## Flowchart", "", "```mermaid", mermaid(tree), "```", "",
                "## Questions and outcomes", ""));
        for (Node n : tree.nodes().values()) {
            out.addAll(List.of("### " + MarkdownText.escape(text(n)), ""));
            if (n instanceof Question q) {
                String help = HtmlAsMarkdown.blocks(markdown.render(q.help(), new MarkdownHtml.Target(from, p -> "")), href);
                if (!help.isEmpty()) out.addAll(List.of(help, ""));
                for (Option o : q.options()) {
                    out.add("- [" + MarkdownText.escape(o.label()) + "](#" + anchors.get(o.next()) + ")"
                            + (o.hint() == null || o.hint().isBlank() ? "" : ": " + MarkdownText.escape(o.hint())));
                }
                out.add("");
            } else if (n instanceof Outcome o) {
                out.addAll(List.of("*" + MarkdownText.escape(o.tone().label()) + "*", ""));
                String body = HtmlAsMarkdown.blocks(markdown.render(o.body(), new MarkdownHtml.Target(from, p -> "")), href);
                if (!body.isEmpty()) out.addAll(List.of(body, ""));
                for (Map<String, Object> l : labels.all(tree.path(), o.links(), from)) out.add(item("Read more", l, href));
                if (o.checklist() != null) {
                    labels.one(tree.path(), o.checklist(), from).ifPresent(c -> out.add(item("Checklist", c, href)));
                }
                out.add("");
            }
        }
        return String.join("\n", out).replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** The flowchart: nodes as n1, n2, … (ids such as "end" would break Mermaid), texts quoted and escaped. */
    static String mermaid(DecisionTree tree) {
        Map<String, String> ids = new HashMap<>();
        for (Node n : tree.nodes().values()) ids.put(n.id(), "n" + (ids.size() + 1));
        List<String> lines = new ArrayList<>(List.of("flowchart TD"));
        for (Node n : tree.nodes().values()) {
            String label = "\"" + mermaidText(text(n)) + "\"";
            lines.add("  " + ids.get(n.id()) + (n instanceof Question ? "[" + label + "]" : "([" + label + "])"));
        }
        for (Node n : tree.nodes().values()) {
            if (!(n instanceof Question q)) continue;
            for (Option o : q.options()) {
                lines.add("  " + ids.get(q.id()) + " -->|\"" + mermaidText(o.label()) + "\"| " + ids.get(o.next()));
            }
        }
        return String.join("\n", lines);
    }

    /** Text inside a quoted Mermaid label: '#' starts Mermaid's entity codes, so it and the quote are written as codes. */
    static String mermaidText(String text) {
        StringBuilder b = new StringBuilder();
        text.replaceAll("\\s+", " ").strip().codePoints().forEach(c -> {
            switch (c) {
                case '#' -> b.append("#35;");
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '`' -> b.append("#96;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String text(Node n) {
        return n instanceof Question q ? q.question() : ((Outcome) n).outcome();
    }

    private static String item(String kind, Map<String, Object> link, ExportHrefs href) {
        return "- " + kind + ": " + href.link(link);
    }
}
