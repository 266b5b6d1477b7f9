package org.waymark.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.html.ScriptJson;
import org.waymark.model.DecisionTree;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Question;

/**
 * A decision tree for the templates: every node as a section (walkable by links without
 * JavaScript) plus the JSON the wizard script reads (docs/client-data.md). Ids carry a prefix
 * when the tree is embedded in another page, so they cannot collide with that page's own anchors.
 */
final class TreeView {
    private final MarkdownHtml markdown;
    private final LinkLabels labels;
    private final String baseUrl;
    private final DecisionRecord record;

    /** {@code baseUrl} (or null) makes the links of an exported decision record absolute. */
    TreeView(MarkdownHtml markdown, LinkLabels labels, String baseUrl) {
        this.markdown = markdown;
        this.labels = labels;
        this.baseUrl = baseUrl;
        this.record = new DecisionRecord(markdown, labels, baseUrl);
    }

    Map<String, Object> model(DecisionTree tree, String outputFile, String idPrefix) {
        Map<String, Integer> depth = remainingQuestions(tree);
        MarkdownHtml.Target target = new MarkdownHtml.Target(outputFile, p -> "");
        List<Map<String, Object>> nodes = new ArrayList<>();
        // Ordered maps throughout, so the same tree always gives the same JSON (reproducible builds).
        Map<String, Object> dataNodes = new LinkedHashMap<>();
        for (Node n : tree.nodes().values()) {
            Map<String, Object> v = new LinkedHashMap<>();
            Map<String, Object> d = new LinkedHashMap<>();
            v.put("id", n.id());
            v.put("anchor", idPrefix + n.id());
            v.put("start", n.id().equals(tree.start()));
            if (n instanceof Question q) {
                v.put("type", "question");
                v.put("text", q.question());
                v.put("helpHtml", markdown.render(q.help(), target));
                List<Map<String, Object>> options = new ArrayList<>();
                List<Map<String, Object>> dataOptions = new ArrayList<>();
                for (Option o : q.options()) {
                    String hint = o.hint() == null ? "" : o.hint();
                    options.add(Map.of("label", o.label(), "hint", hint, "next", o.next(), "href", "#" + idPrefix + o.next()));
                    Map<String, Object> option = new LinkedHashMap<>();
                    option.put("label", o.label());
                    option.put("markdown", MarkdownText.escape(o.label()));
                    option.put("hint", hint);
                    option.put("next", o.next());
                    dataOptions.add(option);
                }
                v.put("options", options);
                d.put("type", "question");
                d.put("text", q.question());
                d.put("markdown", MarkdownText.escape(q.question()));
                d.put("options", dataOptions);
            } else if (n instanceof Outcome o) {
                v.put("type", "outcome");
                v.put("text", o.outcome());
                v.put("tone", o.tone().key());
                v.put("toneLabel", o.tone().label());
                v.put("bodyHtml", markdown.render(o.body(), target));
                v.put("links", labels.all(tree.path(), o.links(), outputFile));
                v.put("checklist", o.checklist() == null ? Map.of()
                        : labels.one(tree.path(), o.checklist(), outputFile).orElse(Map.of()));
                d.put("type", "outcome");
                d.put("text", o.outcome());
                d.put("tone", o.tone().key());
                d.put("record", record.outcome(tree, o, outputFile));
            }
            d.put("depth", depth.getOrDefault(n.id(), 0));
            nodes.add(v);
            dataNodes.put(n.id(), d);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", tree.id());
        data.put("title", tree.title());
        data.put("markdown", MarkdownText.escape(tree.title()));
        data.put("start", tree.start());
        data.put("prefix", idPrefix);
        data.put("treeUrl", baseUrl == null ? null : baseUrl + RelativeUrl.withoutIndex(tree.outputFile()));
        data.put("treeHref", RelativeUrl.between(outputFile, tree.outputFile()));
        data.put("nodes", dataNodes);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", tree.id());
        m.put("title", tree.title());
        m.put("summary", tree.summary());
        m.put("start", tree.start());
        m.put("startAnchor", idPrefix + tree.start());
        m.put("prefix", idPrefix);
        m.put("nodes", nodes);
        m.put("json", ScriptJson.write(data));
        m.put("maxQuestions", depth.getOrDefault(tree.start(), 0));
        return m;
    }

    /**
     * For each node, the most questions still ahead on any path from it (its own included).
     * Post-order with an explicit stack, so a chain of thousands of questions cannot overflow
     * the thread's stack; a node met again while still open (a cycle, reported by check) counts 0.
     */
    static Map<String, Integer> remainingQuestions(DecisionTree tree) {
        Map<String, Integer> memo = new HashMap<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        for (String root : tree.nodes().keySet()) {
            if (memo.containsKey(root)) continue;
            stack.push(root);
            while (!stack.isEmpty()) {
                String id = stack.peek();
                if (memo.containsKey(id)) {
                    stack.pop();
                    continue;
                }
                if (!(tree.nodes().get(id) instanceof Question q)) {
                    memo.put(id, 0);
                    stack.pop();
                    continue;
                }
                if (open.add(id)) {
                    for (Option o : q.options()) {
                        if (!memo.containsKey(o.next()) && !open.contains(o.next())) stack.push(o.next());
                    }
                    continue;
                }
                int best = 0;
                for (Option o : q.options()) best = Math.max(best, memo.getOrDefault(o.next(), 0));
                memo.put(id, best + 1);
                open.remove(id);
                stack.pop();
            }
        }
        return memo;
    }
}
