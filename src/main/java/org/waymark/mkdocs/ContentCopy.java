package org.waymark.mkdocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.waymark.load.FrontMatter;
import org.waymark.model.ContentPath;

/**
 * Copies docs_dir into the new project's content/: every file as it is, except that pages the
 * nav orders or titles get those keys in their front matter, and folders the nav names get an
 * index page. Reports what check will ask about: YAML files, front-matter keys Waymark does not
 * have, pages without a title.
 */
record ContentCopy(List<String> summary) {

    /**
     * {@code attrLists}, {@code snippets}: mkdocs.yml turns on attr_list or pymdownx.snippets, so
     * each page's attribute lists ({@link AttributeLists}) or includes ({@link SnippetIncludes}) are reported.
     */
    static ContentCopy write(DocsFolder docs, NavPlan plan, Path content, List<Leftover> leftovers, boolean attrLists,
                             boolean snippets) throws IOException {
        int edited = 0;
        int headings = 0;
        Map<String, List<String>> foreignKeys = new TreeMap<>();
        Set<String> known = FrontMatter.pageKeys();
        for (Map.Entry<String, Path> f : docs.files().entrySet()) {
            String rel = f.getKey();
            Path to = content.resolve(rel);
            Files.createDirectories(to.getParent());
            MarkdownPage page = docs.page(rel);
            if (page == null || page.text() == null) {
                Files.copy(f.getValue(), to);
                if (new ContentPath(rel).isYaml()) {
                    leftovers.add(new Leftover(docs.name() + rel, "a YAML file", "Waymark reads every .yaml file in "
                            + "content/ as a decision tree or checklist, so check reports it (WM020); move it out of "
                            + "content/ if it is neither"));
                }
                continue;
            }
            if (attrLists) {
                AttributeLists.Cut cut = AttributeLists.cutHeadings(docs.name() + rel, page.text());
                cut.dropped().ifPresent(leftovers::add);
                if (cut.headings() > 0) page = MarkdownPage.of(cut.text());
                headings += cut.headings();
            }
            Map<String, String> add = new LinkedHashMap<>();
            if (plan.titles.containsKey(rel)) add.put("title", plan.titles.get(rel));
            if (plan.order.containsKey(rel)) add.put("order", Integer.toString(plan.order.get(rel)));
            String text = add.isEmpty() ? page.text() : PageEdit.withKeys(page, add);
            if (!text.equals(page.text())) edited++;
            Files.writeString(to, text, StandardCharsets.UTF_8);
            if (attrLists) AttributeLists.in(docs.name() + rel, page.text()).ifPresent(leftovers::add);
            if (snippets) SnippetIncludes.in(docs.name() + rel, page.text()).ifPresent(leftovers::add);
            for (String key : page.keys()) {
                if (!known.contains(key)) foreignKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(rel);
            }
            boolean titled = page.title().isPresent() || add.containsKey("title") || new ContentPath(rel).isIndex();
            if (!titled && !(page.frontMatter() instanceof FrontMatter.Unclosed)) {
                leftovers.add(new Leftover(docs.name() + rel, "a page without a title", "it has no title: in its "
                        + "front matter and does not start with a # heading (MkDocs used its file name); check asks "
                        + "for one (WM102)"));
            }
        }
        for (Map.Entry<String, NavPlan.NewIndex> e : plan.newIndexes.entrySet()) {
            Path index = content.resolve(e.getKey()).resolve("index.md");
            Files.createDirectories(index.getParent());
            Files.writeString(index, "---\ntitle: " + YamlText.of(e.getValue().title()) + "\norder: "
                    + e.getValue().order() + "\n---\n", StandardCharsets.UTF_8);
        }
        foreignKeys.forEach((key, pages) -> leftovers.add(new Leftover(docs.name(), "front matter key '" + key + "' in "
                + (pages.size() == 1 ? pages.get(0) : pages.size() + " pages (" + String.join(", ", pages.subList(0,
                Math.min(3, pages.size()))) + (pages.size() > 3 ? ", …)" : ")")), foreignKeyWhy(key))));
        List<String> summary = new ArrayList<>();
        int n = docs.files().size();
        summary.add("content/: " + n + (n == 1 ? " file" : " files") + " copied from " + docs.name());
        if (edited > 0) {
            summary.add("front matter: order (and a title from nav where a page had none) added to " + edited
                    + (edited == 1 ? " page, so its section lists it" : " pages, so their sections list them")
                    + " in nav's order");
        }
        if (headings > 0) {
            summary.add("headings: " + headings + (headings == 1 ? " attribute list" : " attribute lists")
                    + " cut to the heading's id ({#id}), the one attribute Waymark reads");
        }
        for (Map.Entry<String, NavPlan.NewIndex> e : plan.newIndexes.entrySet()) {
            summary.add("content/" + e.getKey() + "index.md: written to name the section '" + e.getValue().title()
                    + "' as nav did");
        }
        return new ContentCopy(List.copyOf(summary));
    }

    private static String foreignKeyWhy(String key) {
        String known = "Waymark's front matter has title, summary, tags, order, draft and extra; check names each "
                + "page (WM101)";
        if (key.equals("description")) return known + ": rename it to summary";
        return known + ": remove it, or move it under extra: for your own templates";
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
