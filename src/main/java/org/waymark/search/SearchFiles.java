package org.waymark.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.waymark.model.Checklist;
import org.waymark.model.DecisionTree;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

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
 * Each document's heads and texts are written as soon as its words are taken in, so no part's
 * text outlives the file it goes into (kept to the end, they filled the old generation of the
 * heap and cost a full collection in a large build).
 */
public final class SearchFiles {
    /**
     * A part's text is cut after this many characters, or after its even share of
     * {@link #DOCUMENT_TEXT} when the document has many parts. A snippet is 160 characters
     * around the first match, so a match near the part's start shows in it; later matches show
     * from another part or the summary. Short texts keep what a reader who pauses after every
     * key loads well under 300 KB (bench/search.sh, "typed slowly"), and the build's writes small.
     */
    static final int PART_TEXT = 240;
    static final int DOCUMENT_TEXT = 1200;
    /** Documents an {@code h/N} or {@code d/N} file holds. */
    static final int GROUP = 2;

    private SearchFiles() {}

    /**
     * Writes the index's files under {@code folder} (ending in "/"), in parallel, taking each
     * document's part from {@code store} (may be null) when the document is as it was there, and
     * keeping every document's part in it.
     */
    public static void write(Site site, OutputSink out, String folder, SearchStore store) throws IOException {
        try {
            List<Document> docs = ordered(site);
            SearchIndex index = new SearchIndex(docs.size());
            String siteTitle = site.config().title();
            IntStream.range(0, (docs.size() + GROUP - 1) / GROUP).parallel().forEach(g -> {
                SearchJson heads = SearchJson.file("h/" + g, 2048).raw("[");
                SearchJson texts = SearchJson.file("d/" + g, 4096).raw("[");
                for (int j = g * GROUP; j < Math.min(docs.size(), g * GROUP + GROUP); j++) {
                    if (j > g * GROUP) {
                        heads.raw(",");
                        texts.raw(",");
                    }
                    Document doc = docs.get(j);
                    long key = store == null ? 0 : SearchStore.key(doc, siteTitle);
                    SearchStore.Entry e = store == null ? null : store.find(doc.outputFile(), key);
                    if (e != null) {
                        index.add(j, store.ids(e, index), e.packed());
                        heads.bytes(e.head());
                        texts.bytes(e.texts());
                    } else {
                        SearchDocument d = SearchDocument.of(doc);
                        SearchIndex.DocumentWords words = index.add(j, d);
                        int h = heads.length();
                        head(d, heads);
                        int t = texts.length();
                        texts(d, texts);
                        if (store != null) {
                            e = new SearchStore.Entry(key, heads.range(h, heads.length()), texts.range(t, texts.length()),
                                    words.words(), true, words.packed());
                        }
                    }
                    if (store != null) store.keep(doc.outputFile(), e);
                }
                write(out, folder + "h/" + g, heads.raw("]").end());
                write(out, folder + "d/" + g, texts.raw("]").end());
            });
            List<SearchShards.Shard> shards = SearchShards.plan(index.words());
            write(out, folder + "meta", meta(docs, shards));
            shards.parallelStream().forEach(s -> write(out, folder + SearchShards.fileName(s.key()), shard(s)));
            if (store != null) store.save(index);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One shard's file: its words and postings, each entry a JSON string. */
    static byte[] shard(SearchShards.Shard s) {
        SearchJson json = SearchJson.file(SearchShards.fileName(s.key()), 4096).raw("[");
        for (int i = 0; i < s.entries().size(); i++) {
            if (i > 0) json.raw(",");
            json.string(s.entries().get(i));
        }
        return json.raw("]").end();
    }

    private static void write(OutputSink out, String name, byte[] bytes) {
        try {
            out.write(name + ".js", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    static byte[] meta(List<Document> docs, List<SearchShards.Shard> shards) {
        SearchJson m = SearchJson.file("meta", 64 * shards.size());
        m.raw("{\"version\":2,\"group\":").number(GROUP).raw(",\"kinds\":[");
        List<String> kinds = List.of(SearchDocument.GUIDE, SearchDocument.DECISION, SearchDocument.CHECKLIST);
        for (int k = 0; k < kinds.size(); k++) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < docs.size(); i++) {
                if (rank(docs.get(i)) != k) continue;
                if (first < 0) first = i;
                count++;
            }
            m.raw(k > 0 ? ",[" : "[").string(kinds.get(k)).raw(",").number(Math.max(first, 0)).raw(",").number(count).raw("]");
        }
        m.raw("],\"shards\":[");
        for (int i = 0; i < shards.size(); i++) {
            m.raw(i > 0 ? ",[" : "[").string(shards.get(i).key()).raw(shards.get(i).complete() ? ",1]" : ",0]");
        }
        return m.raw("]}").end();
    }

    /** A document's head: {@code {"u": address, "t": title, "d": summary, "s": [[anchor, heading], ...]}}. */
    static void head(SearchDocument d, SearchJson json) {
        json.raw("{\"u\":").string(d.url()).raw(",\"t\":").string(d.title()).raw(",\"d\":").string(d.summary())
                .raw(",\"s\":[");
        for (int i = 0; i < d.sections().size(); i++) {
            SearchText.Section s = d.sections().get(i);
            json.raw(i > 0 ? ",[" : "[").string(s.anchor()).raw(",").string(s.heading()).raw("]");
        }
        json.raw("]}");
    }

    /** A document's texts, one per part, each cut to {@link #PART_TEXT} or its even share of {@link #DOCUMENT_TEXT}. */
    static void texts(SearchDocument d, SearchJson json) {
        json.raw("[");
        int parts = d.sections().size();
        int max = Math.min(PART_TEXT, DOCUMENT_TEXT / Math.max(1, parts));
        for (int i = 0; i < parts; i++) {
            SearchText.Section s = d.sections().get(i);
            if (i > 0) json.raw(",");
            cut(s.chars(), s.from(), s.to(), max, json);
        }
        json.raw("]");
    }

    /**
     * At most {@code max} characters of {@code chars[from, to)}, cut at a space, with "…" when
     * anything was cut, written as a JSON string.
     */
    static void cut(char[] chars, int from, int to, int max, SearchJson json) {
        if (to - from <= max) {
            json.string(chars, from, to);
            return;
        }
        if (max == 0) {
            json.string(chars, from, from);
            return;
        }
        int space = -1;
        for (int i = max; i >= 0 && space < 0; i--) if (chars[from + i] == ' ') space = i;
        int end = space > max / 2 ? space : max;
        json.cutString(chars, from, from + end);
    }
}
