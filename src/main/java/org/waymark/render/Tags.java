package org.waymark.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.waymark.link.Href;
import org.waymark.markdown.Slugs;
import org.waymark.model.Document;

/**
 * The site's tags, each with the documents that carry it (in reading order), and where their
 * pages go: {@code tags/index.html} lists them all, {@code tags/<slug>/index.html} each one.
 * Tags that differ only in case or punctuation ("RAG", "rag") are one tag, shown as first
 * written (check's MergedTagsRule warns where punctuation alone joins two). When content/ has pages of its own under {@code tags/}, the tag pages move to
 * {@code tags-1/} (and so on), so no content page is ever replaced.
 */
final class Tags {
    /** One tag: its name as first written, the slug of its page, what carries it. */
    record Tag(String name, String slug, List<Document> documents) {}

    private final String folder;
    private final Map<String, Tag> bySlug = new TreeMap<>();

    Tags(List<Document> readingOrder, Set<String> outputFiles) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Document>> docs = new LinkedHashMap<>();
        // Each document comes once in reading order, so a tag it repeats ("RAG", "rag") is skipped
        // by slug here; list.contains(d) compared whole page records, quadratic in a tag's pages.
        for (Document d : readingOrder) {
            Set<String> own = new java.util.HashSet<>();
            for (String t : d.tags()) {
                String slug = slug(t);
                names.putIfAbsent(slug, t.strip());
                if (own.add(slug)) docs.computeIfAbsent(slug, k -> new ArrayList<>()).add(d);
            }
        }
        for (String slug : names.keySet()) bySlug.put(slug, new Tag(names.get(slug), slug, List.copyOf(docs.get(slug))));
        String f = "tags/";
        for (int n = 1; taken(f, outputFiles); n++) f = "tags-" + n + "/";
        this.folder = f;
    }

    private static boolean taken(String folder, Set<String> outputFiles) {
        return outputFiles.stream().anyMatch(o -> o.startsWith(folder));
    }

    static String slug(String tag) {
        return Slugs.tag(tag);
    }

    /** Every tag, ordered by name, case aside. */
    List<Tag> all() {
        return bySlug.values().stream()
                .sorted(java.util.Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
    }

    boolean isEmpty() {
        return bySlug.isEmpty();
    }

    String indexFile() {
        return folder + "index.html";
    }

    String file(Tag tag) {
        return folder + tag.slug() + "/index.html";
    }

    /** Page {@code number} of the tag's listing: its own page, then {@code page/<n>/} beside it. */
    String file(Tag tag, int number) {
        return number == 1 ? file(tag) : ListingAddress.file(folder + tag.slug() + "/", number);
    }

    /** How many pages list what carries {@code tag} ({@link ListingAddress#PER_PAGE} to a page). */
    static int pageCount(Tag tag) {
        return ListingAddress.pages(tag.documents().size());
    }

    /** Each of the document's tags as {@code name} and {@code href} (relative to {@code outputFile}). */
    List<Map<String, Object>> links(Document d, String outputFile) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String t : d.tags()) {
            Tag tag = bySlug.get(slug(t));
            if (tag == null || !seen.add(tag.slug())) continue;
            out.add(Map.of("name", t.strip(), "href", href(outputFile, file(tag))));
        }
        return out;
    }

    static String href(String from, String to) {
        return Href.percentEncode(RelativeUrl.between(from, to));
    }
}
