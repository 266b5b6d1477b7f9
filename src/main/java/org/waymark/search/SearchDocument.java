package org.waymark.search;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Item;
import org.waymark.model.Node;
import org.waymark.model.Option;
import org.waymark.model.Outcome;
import org.waymark.model.Page;
import org.waymark.model.Question;

/**
 * One document as search sees it, read from the model: its title, summary and tags, and the
 * parts a result can link to: a guide's headings, a tree's questions and outcomes, a
 * checklist's items, each with its anchor on the document's page.
 */
record SearchDocument(String url, String kind, String title, String summary, List<String> tags,
                      List<SearchText.Section> sections) {

    static final String GUIDE = "guide";
    static final String DECISION = "decision";
    static final String CHECKLIST = "checklist";

    static SearchDocument of(Document d) {
        String summary = d.summary() == null ? "" : d.summary();
        List<String> tags = d.tags() == null ? List.of() : d.tags();
        if (d instanceof Page p) {
            return new SearchDocument(p.outputFile(), GUIDE, p.title(), summary, tags,
                    SearchText.sections(p.body(), p.title()));
        }
        List<SearchText.Section> sections = new ArrayList<>();
        if (d instanceof DecisionTree t) {
            sections.add(SearchText.Section.of("", t.title(), ""));
            for (Node n : t.nodes().values()) {
                if (n instanceof Question q) {
                    StringBuilder text = new StringBuilder(SearchText.plain(q.help()));
                    for (Option o : q.options()) {
                        text.append(text.isEmpty() ? "" : " · ").append(o.label());
                        if (o.hint() != null && !o.hint().isBlank()) text.append(" (").append(o.hint()).append(')');
                    }
                    sections.add(SearchText.Section.of(q.id(), q.question(), text.toString()));
                } else if (n instanceof Outcome o) {
                    sections.add(SearchText.Section.of(o.id(), o.outcome(), SearchText.plain(o.body())));
                }
            }
            return new SearchDocument(t.outputFile(), DECISION, t.title(), summary, tags, List.copyOf(sections));
        }
        Checklist c = (Checklist) d;
        List<String> titles = new ArrayList<>();
        for (ChecklistSection s : c.sections()) if (s.title() != null && !s.title().isBlank()) titles.add(s.title());
        sections.add(SearchText.Section.of("", c.title(), String.join(" · ", titles)));
        for (Item i : c.items()) sections.add(SearchText.Section.of(i.id(), i.text(), SearchText.plain(i.detail())));
        return new SearchDocument(c.outputFile(), CHECKLIST, c.title(), summary, tags, List.copyOf(sections));
    }
}
