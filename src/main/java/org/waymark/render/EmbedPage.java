package org.waymark.render;

import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;

/**
 * A tree's wizard or a checklist alone, for an iframe on another site: no header, navigation or
 * footer, a small "Open in" link, and assets/embed-frame.js, which tells the host page its
 * height and what the reader did (docs/embedding.md). Written to {@code embed/<path>/index.html}.
 */
public record EmbedPage(Document document) implements RewrittenPage {
    public EmbedPage {
        if (!embeddable(document)) {
            throw new IllegalArgumentException("only trees and checklists are embedded: " + document.path());
        }
    }

    /** Trees and checklists have embed pages; guidance pages do not. */
    static boolean embeddable(Document d) {
        return d instanceof DecisionTree || d instanceof Checklist;
    }

    @Override
    public String outputFile() {
        return document.path().embedFile();
    }

    @Override
    public String template() {
        return "embed-page.ftlh";
    }

    @Override
    public Map<String, Object> model(PageParts parts) {
        String file = outputFile();
        Map<String, Object> m = parts.chrome().base(file, "embed", document.title());
        String baseUrl = parts.site().config().baseUrl();
        m.put("canonical", baseUrl == null ? "" : baseUrl + RelativeUrl.withoutIndex(document.outputFile()));
        m.put("page", RelativeUrl.between(file, document.outputFile()));
        if (document instanceof DecisionTree t) m.put("tree", parts.trees().model(t, file, ""));
        if (document instanceof Checklist c) m.put("checklist", parts.checklists().model(c, file, ""));
        return m;
    }

    /** A link that leaves the wizard or list opens beside the host page, never inside the frame. */
    @Override
    public String html(String rendered, PageParts parts) {
        return LeavingLinks.rewrite(rendered);
    }

    /** Search engines get the page itself, not its frame. */
    @Override
    public boolean listed() {
        return false;
    }
}
