package org.waymark.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Site;

/**
 * The search index of a site as the files the search script loads (assets/search.js), each a
 * name and a value to hand it. The script adds a file to the page as a {@code <script>} when a
 * query needs it: a script loads from disk (file://), where {@code fetch} cannot.
 * <ul>
 * <li>{@code meta}: the shards' keys and which documents are guides, trees and checklists;</li>
 * <li>{@code w-KEY}: one shard of words and postings ({@link SearchShards});</li>
 * <li>{@code h/N}: the heads of documents {@code N * GROUP} to {@code N * GROUP + GROUP - 1}:
 * each one's address, title, summary and its parts' anchors and headings, what a result shows
 * and links to. The script loads them for the results of every key, so they are small.</li>
 * <li>{@code d/N}: the same documents' texts, one per part, capped so a long page stays small:
 * what snippets are cut from. The script loads them only once typing pauses, for the results
 * then shown. Two documents a file halve the files a large site's build writes, for a few
 * kilobytes more a result.</li>
 * </ul>
 * Everything is computed from the loaded model: no content file is read again, no written page parsed.
 */
public final class SearchFiles {
    /** One file: its name (without ".js") and the value it hands the script. */
    public record File(String name, Object value) {}

    /** A part's text is cut after this many characters, and a document's after {@link #DOCUMENT_TEXT}. */
    static final int PART_TEXT = 600;
    static final int DOCUMENT_TEXT = 3000;
    /** Documents an {@code h/N} or {@code d/N} file holds. */
    static final int GROUP = 2;

    private SearchFiles() {}

    public static List<File> of(Site site) {
        List<Document> docs = ordered(site);
        SearchDocument[] searchable = new SearchDocument[docs.size()];
        IntStream.range(0, docs.size()).parallel().forEach(i -> searchable[i] = SearchDocument.of(docs.get(i)));
        List<SearchDocument> all = List.of(searchable);
        List<SearchShards.Shard> shards = SearchShards.plan(SearchIndex.build(all));
        List<File> files = new ArrayList<>(all.size() + shards.size() + 1);
        files.add(new File("meta", meta(all, shards)));
        for (SearchShards.Shard s : shards) files.add(new File(SearchShards.fileName(s.key()), s.entries()));
        for (int i = 0; i < all.size(); i += GROUP) {
            List<Map<String, Object>> heads = new ArrayList<>(GROUP);
            List<List<String>> texts = new ArrayList<>(GROUP);
            for (int j = i; j < Math.min(all.size(), i + GROUP); j++) {
                heads.add(head(all.get(j)));
                texts.add(texts(all.get(j)));
            }
            files.add(new File("h/" + i / GROUP, heads));
            files.add(new File("d/" + i / GROUP, texts));
        }
        return files;
    }

    /** Guides, then trees, then checklists, each by address: a document's number tells its kind. */
    static List<Document> ordered(Site site) {
        List<Document> docs = new ArrayList<>(site.documents().values());
        docs.sort(Comparator.comparingInt(SearchFiles::rank).thenComparing(Document::outputFile));
        return docs;
    }

    private static int rank(Document d) {
        return d instanceof DecisionTree ? 1 : d instanceof Checklist ? 2 : 0;
    }

    static Map<String, Object> meta(List<SearchDocument> all, List<SearchShards.Shard> shards) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 2);
        m.put("group", GROUP);
        List<List<Object>> kinds = new ArrayList<>();
        for (String kind : List.of(SearchDocument.GUIDE, SearchDocument.DECISION, SearchDocument.CHECKLIST)) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).kind().equals(kind)) continue;
                if (first < 0) first = i;
                count++;
            }
            kinds.add(List.of(kind, Math.max(first, 0), count));
        }
        m.put("kinds", kinds);
        List<List<Object>> keys = new ArrayList<>();
        for (SearchShards.Shard s : shards) keys.add(List.of(s.key(), s.complete() ? 1 : 0));
        m.put("shards", keys);
        return m;
    }

    static Map<String, Object> head(SearchDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("u", d.url());
        m.put("t", d.title());
        m.put("d", d.summary());
        List<List<String>> parts = new ArrayList<>(d.sections().size());
        for (SearchText.Section s : d.sections()) parts.add(List.of(s.anchor(), s.heading()));
        m.put("s", parts);
        return m;
    }

    static List<String> texts(SearchDocument d) {
        List<String> texts = new ArrayList<>(d.sections().size());
        int budget = DOCUMENT_TEXT;
        for (SearchText.Section s : d.sections()) {
            String text = cut(s.text(), Math.min(PART_TEXT, Math.max(0, budget)));
            budget -= text.length();
            texts.add(text);
        }
        return texts;
    }

    /** At most {@code max} characters, cut at a space, with "…" when anything was cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        if (max == 0) return "";
        int space = text.lastIndexOf(' ', max);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max)) + "…";
    }
}
