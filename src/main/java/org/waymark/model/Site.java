package org.waymark.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.text.Source;

/**
 * The whole loaded knowledge base: the value that flows from load to check to render.
 * {@code unreadable} holds files that exist but failed to load (already reported), so that
 * links to them are not reported a second time as broken. {@code pathLists} holds each
 * {@code <tree>.paths.txt} that stands beside a tree, by its own path. {@code drafts} holds the
 * pages left out because they are marked {@code draft: true}, so that a link to one says so.
 */
public record Site(SiteConfig config, Map<ContentPath, Document> documents, List<Asset> assets,
                   java.util.Set<ContentPath> unreadable, java.nio.file.Path contentDir,
                   java.nio.file.Path templatesDir, Map<ContentPath, Source> pathLists,
                   java.util.Set<ContentPath> drafts) {

    public Site(SiteConfig config, Map<ContentPath, Document> documents, List<Asset> assets,
                java.util.Set<ContentPath> unreadable, java.nio.file.Path contentDir,
                java.nio.file.Path templatesDir, Map<ContentPath, Source> pathLists) {
        this(config, documents, assets, unreadable, contentDir, templatesDir, pathLists, java.util.Set.of());
    }

    /**
     * Whether {@code path} (from content/, no trailing '/') is a file that failed to load, or a
     * folder holding one: a link there is reported where the file failed, not again as broken.
     */
    public boolean failedAt(String path) {
        if (unreadable.contains(new ContentPath(path))) return true;
        String folder = path + "/";
        return unreadable.stream().anyMatch(p -> p.value().startsWith(folder));
    }

    public Optional<Document> document(ContentPath path) {
        return Optional.ofNullable(documents.get(path));
    }

    public List<Page> pages() {
        return documents.values().stream().filter(Page.class::isInstance).map(Page.class::cast).toList();
    }

    public List<DecisionTree> trees() {
        return documents.values().stream().filter(DecisionTree.class::isInstance).map(DecisionTree.class::cast).toList();
    }

    public List<Checklist> checklists() {
        return documents.values().stream().filter(Checklist.class::isInstance).map(Checklist.class::cast).toList();
    }
}
