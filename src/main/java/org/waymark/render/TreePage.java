package org.waymark.render;

import java.util.Map;
import org.waymark.model.DecisionTree;

/** A decision tree: its wizard (walkable without JavaScript) and its flowchart. */
public record TreePage(DecisionTree tree) implements SitePage {
    @Override
    public String outputFile() {
        return tree.outputFile();
    }

    @Override
    public String template() {
        return "decision.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        Map<String, Object> m = parts.document(tree, "decision");
        m.put("tree", parts.trees().model(tree, outputFile(), ""));
        m.put("scripts", PageScripts.WIZARD);
        m.put("flowchart", new FlowchartMarkup(tree, ""));
        m.put("embed", new EmbedCode(parts.site().config()).model(tree, outputFile()));
        return m;
    }
}
