package org.waymark.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.model.Checklist;
import org.waymark.model.ContentPath;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * An {@code embed} block: the tree's wizard or the checklist, inline in the page, from the
 * embed-decision.ftlh and embed-checklist.ftlh templates. Ids carry a prefix per embedded
 * document, so they cannot collide with the page's own.
 */
final class Embeds {
    private final Site site;
    private final TemplateSet templates;
    private final TreeView trees;
    private final ChecklistView checklists;

    Embeds(Site site, TemplateSet templates, TreeView trees, ChecklistView checklists) {
        this.site = site;
        this.templates = templates;
        this.trees = trees;
        this.checklists = checklists;
    }

    /** The HTML that stands for an embed of {@code target} on the page written to {@code file}. */
    String html(ContentPath target, String file) {
        Document d = site.documents().get(target);
        String prefix = "embed-" + (d == null ? "x" : d.path().stem()) + "-";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", RelativeUrl.root(file));
        if (d instanceof DecisionTree t) {
            m.put("tree", trees.model(t, file, prefix));
            m.put("page", RelativeUrl.between(file, t.outputFile()));
            return render("embed-decision.ftlh", m);
        }
        if (d instanceof Checklist c) {
            m.put("checklist", checklists.model(c, file, prefix));
            return render("embed-checklist.ftlh", m);
        }
        return "";
    }

    private String render(String template, Map<String, Object> m) {
        try {
            return templates.render(template, m);
        } catch (TemplateSet.TemplateFailure f) {
            throw new Failure(f);
        }
    }

    /** Carries a template fault out through the Markdown writer, to the page being written. */
    static final class Failure extends RuntimeException {
        final TemplateSet.TemplateFailure failure;

        Failure(TemplateSet.TemplateFailure f) {
            super(f.getMessage(), null, false, false);
            this.failure = f;
        }
    }
}
