package org.waymark.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.html.ScriptJson;
import org.waymark.model.Checklist;
import org.waymark.model.ChecklistSection;
import org.waymark.model.Item;

/**
 * A checklist for the templates: sections, items with rendered detail and links, counts, and
 * the JSON assets/checklist.js reads (docs/client-data.md).
 */
final class ChecklistView {
    private final MarkdownHtml markdown;
    private final LinkLabels labels;
    private final String siteKey;
    private final String baseUrl;
    /**
     * Each list's {@link #json} and {@link #markdown}, by identity: a view lives for one build,
     * whose lists do not change. Two threads may both make one: the same value, and no lock held
     * while they do.
     */
    private final Map<Checklist, String> jsons = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Checklist, ChecklistMarkdown> markdowns = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * {@code siteKey} names the site in a reader's saved ticks, so two sites on one origin keep
     * theirs apart; {@code baseUrl} (or null) gives the Markdown its "Source:" line.
     */
    ChecklistView(MarkdownHtml markdown, LinkLabels labels, String siteKey, String baseUrl) {
        this.markdown = markdown;
        this.labels = labels;
        this.siteKey = siteKey;
        this.baseUrl = baseUrl;
    }

    Map<String, Object> model(Checklist list, String outputFile, String idPrefix) {
        Map<String, Object> m = paper(list, outputFile, idPrefix);
        int required = 0;
        int total = 0;
        for (ChecklistSection s : list.sections()) {
            for (Item i : s.items()) {
                total++;
                if (!i.optional()) required++;
            }
        }
        m.put("id", list.id());
        m.put("prefix", idPrefix);
        m.put("site", siteKey);
        m.put("required", required);
        m.put("total", total);
        m.put("pdf", RelativeUrl.between(outputFile, ChecklistExports.pdfFile(list)));
        m.put("pdfLetter", RelativeUrl.between(outputFile, ChecklistExports.letterPdfFile(list)));
        m.put("markdown", RelativeUrl.between(outputFile, ChecklistExports.markdownFile(list)));
        m.put("page", RelativeUrl.between(outputFile, list.outputFile()));
        // The same lines as the .md export, so "Copy as Markdown" and the download agree.
        m.put("json", json(list));
        return m;
    }

    /**
     * What the list's PDFs are drawn from ({@link ChecklistPdf#model}): its title, summary and
     * sections, each item with its text, detail and links, for output file "index.html". The
     * page's model is this and more; the exports (its JSON and Markdown), which a PDF does not
     * show, are not made for it: on a rebuild, where every page is known from its inputs, they
     * were half the render stage's CPU.
     */
    Map<String, Object> paper(Checklist list) {
        return paper(list, "index.html", "");
    }

    private Map<String, Object> paper(Checklist list, String outputFile, String idPrefix) {
        MarkdownHtml.Target target = new MarkdownHtml.Target(outputFile, p -> "");
        List<Map<String, Object>> sections = new ArrayList<>();
        int index = 0;
        for (ChecklistSection s : list.sections()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Item i : s.items()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("id", i.id());
                v.put("anchor", idPrefix + i.id());
                v.put("text", i.text());
                v.put("detailHtml", markdown.render(i.detail(), target));
                v.put("optional", i.optional());
                v.put("links", labels.all(list.path(), i.links(), outputFile));
                v.put("number", ++index);
                items.add(v);
            }
            sections.add(Map.of("title", s.title(), "items", items));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", list.title());
        m.put("summary", list.summary());
        m.put("sections", sections);
        return m;
    }

    /**
     * The data the page's script reads: the same wherever the list is shown (its page, its embed
     * page, each page that embeds it, the PDFs' models), so it is made once a build.
     */
    private String json(Checklist list) {
        String json = jsons.get(list);
        if (json != null) return json;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", list.id());
        data.put("site", siteKey);
        data.put("markdown", markdown(list).json());
        json = ScriptJson.write(data);
        jsons.put(list, json);
        return json;
    }

    /**
     * The list as a task list: each item's detail and links under it. Links are absolute when the
     * site has a baseUrl; otherwise they are as on the list's page, beside which the build writes
     * the {@code .md} file, and the text says so when it has any.
     */
    ChecklistMarkdown markdown(Checklist list) {
        ChecklistMarkdown made = markdowns.get(list);
        if (made == null) {
            made = markdownOf(list);
            markdowns.put(list, made);
        }
        return made;
    }

    private ChecklistMarkdown markdownOf(Checklist list) {
        ExportHrefs href = new ExportHrefs(baseUrl, list.outputFile());
        MarkdownHtml.Target target = new MarkdownHtml.Target(href.from(), p -> "");
        Map<Item, List<String>> under = new IdentityHashMap<>(); // by the item itself: no hash of its whole record
        boolean linked = false;
        for (ChecklistSection s : list.sections()) {
            for (Item i : s.items()) {
                List<String> blocks = new ArrayList<>();
                String html = markdown.render(i.detail(), target);
                String detail = HtmlAsMarkdown.blocks(html, href);
                if (!detail.isEmpty()) blocks.add(detail);
                List<String> links = new ArrayList<>();
                for (Map<String, Object> l : labels.all(list.path(), i.links(), href.from())) links.add("- Read more: " + href.link(l));
                if (!links.isEmpty()) blocks.add(String.join("\n", links));
                linked |= !links.isEmpty() || html.contains(" href=\"") || html.contains(" src=\"");
                under.put(i, blocks);
            }
        }
        String source = href.pageUrl() != null ? "Source: <" + href.pageUrl() + ">"
                : linked ? "Links below are relative to the checklist's page of the site, `" + list.outputFile() + "`." : null;
        return ChecklistMarkdown.of(list, source, under::get);
    }
}
