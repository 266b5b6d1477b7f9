package org.waymark.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.model.DecisionTree;
import org.waymark.model.Outcome;

/**
 * The Markdown of a decision record that the build can write: each outcome's part, with its
 * links relative as on the page, or absolute when the site has a baseUrl. assets/wizard.js adds
 * the title, the date and the reader's answers, from pieces also escaped here (docs/client-data.md).
 */
final class DecisionRecord {
    private final MarkdownHtml markdown;
    private final LinkLabels labels;
    private final String baseUrl;
    /**
     * Outcome bodies written back as Markdown, by their HTML: a tree's outcomes are written for
     * its page, its embed page and each page embedding it, mostly to the same HTML. A view lives
     * for one build.
     */
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    DecisionRecord(MarkdownHtml markdown, LinkLabels labels, String baseUrl) {
        this.markdown = markdown;
        this.labels = labels;
        this.baseUrl = baseUrl;
    }

    /** "## Outcome: ...", its tone, its body, "Read more" links and the checklist it offers; ends with a line break. */
    String outcome(DecisionTree tree, Outcome o, String outputFile) {
        // With a baseUrl, links are made from the site's root and then prefixed with it.
        ExportHrefs href = new ExportHrefs(baseUrl, outputFile);
        String from = href.from();
        List<String> lines = new ArrayList<>(List.of("## Outcome: " + MarkdownText.escape(o.outcome()), "",
                "*" + MarkdownText.escape(o.tone().label()) + "*", ""));
        String html = markdown.render(o.body(), new MarkdownHtml.Target(from, p -> ""));
        // With a baseUrl, a "#…" link becomes the page's own address: then the page is part of the key.
        String key = baseUrl != null && html.indexOf('#') >= 0 ? href.pageUrl() + '\u0000' + html : html;
        String body = bodies.get(key);
        if (body == null) {
            body = HtmlAsMarkdown.blocks(html, href);
            bodies.put(key, body);
        }
        if (!body.isEmpty()) lines.addAll(List.of(body, ""));
        if (!o.links().isEmpty()) {
            lines.addAll(List.of("### Read more", ""));
            for (Map<String, Object> l : labels.all(tree.path(), o.links(), from)) lines.add(item(l, href));
            lines.add("");
        }
        var checklist = o.checklist() == null ? java.util.Optional.<Map<String, Object>>empty()
                : labels.one(tree.path(), o.checklist(), from);
        checklist.ifPresent(c -> lines.addAll(List.of("### Checklist", "", item(c, href), "")));
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n");
    }

    private static String item(Map<String, Object> link, ExportHrefs href) {
        return "- " + href.link(link);
    }
}
