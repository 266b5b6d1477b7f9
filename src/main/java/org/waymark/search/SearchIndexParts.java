package org.waymark.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.waymark.model.Document;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/**
 * The search index kept from one build to the next in a long-lived process ({@code serve}), in
 * the pieces it is made of: each document's words with their scores, each word's postings and
 * their encoding, each file's bytes. While the site's documents stay in their places (a save
 * that changed a guide's text, a title, or nothing), an update costs what changed: only
 * documents whose model is a new object are read again, only the words they held or hold are
 * encoded again, and only the files that differ are written. When documents come, go or move,
 * their numbers change, and the index is made whole again. Either way the files are those
 * {@link SearchIndexFiles} writes for the same site (SearchIndexPartsTest compares them).
 */
public final class SearchIndexParts {
    /** What an update changed: the files written again, and the files gone (names as in {@link SearchFiles}). */
    public record Changes(Set<String> written, Set<String> gone) {}

    private List<Document> documents = List.of(); // by number, compared by identity
    private DocumentPart[] parts;                 // each document's head and texts, and the key they were read for
    private String[][] words;                     // each document's words,
    private int[][] packed;                       // each with its score and part (SearchIndex)
    private final TreeMap<String, int[]> postings = new TreeMap<>(); // per word: document, packed, ... by document
    private final Map<String, SearchIndex.Word> encoded = new HashMap<>();
    private Map<String, SearchShards.Shard> shards = Map.of();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>(); // name -> the script file's bytes

    private SearchIndexParts() {}

    /**
     * The index of {@code site} in pieces, taking each document that {@code store} (may be null;
     * only read) holds as it is now from there rather than reading its text for words: serve's
     * first build, from what the build of the project's site/ kept.
     */
    public static SearchIndexParts of(Site site, SearchStore store) {
        SearchIndexParts parts = new SearchIndexParts();
        parts.whole(site, store);
        return parts;
    }

    /** Every file's path under the output folder. */
    public Set<String> paths() {
        Set<String> out = new HashSet<>();
        for (String name : files.keySet()) out.add(path(name));
        return out;
    }

    /** Writes every file of the index. */
    public void writeAll(OutputSink out) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) out.write(path(f.getKey()), f.getValue());
    }

    /** Writes the files an update wrote again; the caller removes those gone ({@link #path}). */
    public void write(OutputSink out, Changes changes) throws IOException {
        for (String name : changes.written()) out.write(path(name), files.get(name));
    }

    public static String path(String name) {
        return SearchIndexFiles.FOLDER + name + ".js";
    }

    /** Brings the index up to {@code site}: in pieces while its documents keep their places, else whole. */
    public Changes update(Site site) {
        List<Document> now = SearchFiles.ordered(site);
        if (!samePlaces(now)) return whole(site, null);
        Set<String> before = new HashSet<>(files.keySet());
        Set<String> touched = new HashSet<>();
        Set<Integer> groups = new TreeSet<>();
        String siteTitle = site.config().title();
        for (int d = 0; d < now.size(); d++) {
            if (now.get(d) == documents.get(d)) continue;
            long key = SearchStore.key(now.get(d), siteTitle);
            if (key == parts[d].key()) continue;
            SearchDocument doc = SearchDocument.of(now.get(d));
            parts[d] = DocumentPart.read(key, doc);
            groups.add(d / SearchFiles.GROUP);
            for (String w : words[d]) {
                int[] left = SearchPostings.without(postings.get(w), d);
                if (left == null) postings.remove(w);
                else postings.put(w, left);
                touched.add(w);
            }
            Map<String, Integer> ids = new HashMap<>();
            AtomicInteger next = new AtomicInteger();
            SearchIndex.DocumentWords found = new WordScratch(ids, next).words(doc);
            String[] vocabulary = vocabulary(ids, next);
            String[] mine = new String[found.words().length];
            for (int k = 0; k < mine.length; k++) {
                mine[k] = vocabulary[found.words()[k]];
                postings.put(mine[k], SearchPostings.with(postings.get(mine[k]), d, found.packed()[k]));
                touched.add(mine[k]);
            }
            words[d] = mine;
            packed[d] = found.packed();
        }
        documents = now;
        for (String w : touched) {
            int[] list = postings.get(w);
            if (list == null) encoded.remove(w);
            else encoded.put(w, SearchIndex.encode(w, list));
        }
        Set<String> written = ConcurrentHashMap.newKeySet();
        for (int g : groups) group(g, written);
        if (!groups.isEmpty()) index(written);
        before.removeAll(files.keySet());
        return new Changes(Set.copyOf(written), before);
    }

    /** Whether {@code now} has the same documents, of the same kinds, at the same numbers. */
    private boolean samePlaces(List<Document> now) {
        if (parts == null || now.size() != documents.size()) return false;
        for (int d = 0; d < now.size(); d++) {
            Document a = now.get(d);
            Document b = documents.get(d);
            if (a.getClass() != b.getClass() || !a.outputFile().equals(b.outputFile())) return false;
        }
        return true;
    }

    private Changes whole(Site site, SearchStore store) {
        Set<String> before = new HashSet<>(files.keySet());
        documents = SearchFiles.ordered(site);
        int n = documents.size();
        parts = new DocumentPart[n];
        if (store != null) store.read();
        String siteTitle = site.config().title();
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<WordScratch> scratch = ThreadLocal.withInitial(() -> new WordScratch(ids, next));
        SearchIndex.DocumentWords[] found = new SearchIndex.DocumentWords[n];
        IntStream.range(0, n).parallel().forEach(d -> {
            Document doc = documents.get(d);
            long key = SearchStore.key(doc, siteTitle);
            SearchStore.Entry e = store == null ? null : store.find(doc.outputFile(), key);
            if (e != null) {
                parts[d] = DocumentPart.stored(e);
                found[d] = new SearchIndex.DocumentWords(DocumentPart.wordIds(store, e, ids, next), e.packed());
            } else {
                SearchDocument read = SearchDocument.of(doc);
                parts[d] = DocumentPart.read(key, read);
                found[d] = scratch.get().words(read);
            }
        });
        String[] vocabulary = vocabulary(ids, next);
        words = new String[n][];
        packed = new int[n][];
        int[] counts = new int[vocabulary.length];
        for (int d = 0; d < n; d++) {
            int[] ws = found[d].words();
            words[d] = new String[ws.length];
            for (int k = 0; k < ws.length; k++) {
                words[d][k] = vocabulary[ws[k]];
                counts[ws[k]]++;
            }
            packed[d] = found[d].packed();
        }
        int[][] lists = new int[vocabulary.length][];
        for (int w = 0; w < lists.length; w++) lists[w] = new int[counts[w] * 2];
        int[] fill = new int[vocabulary.length];
        for (int d = 0; d < n; d++) {
            int[] ws = found[d].words();
            for (int k = 0; k < ws.length; k++) {
                lists[ws[k]][fill[ws[k]]++] = d;
                lists[ws[k]][fill[ws[k]]++] = packed[d][k];
            }
        }
        SearchIndex.Word[] made = new SearchIndex.Word[vocabulary.length];
        IntStream.range(0, made.length).parallel().forEach(w -> made[w] = SearchIndex.encode(vocabulary[w], lists[w]));
        postings.clear();
        encoded.clear();
        for (int w = 0; w < vocabulary.length; w++) {
            postings.put(vocabulary[w], lists[w]);
            encoded.put(vocabulary[w], made[w]);
        }
        files.clear();
        shards = Map.of();
        Set<String> written = ConcurrentHashMap.newKeySet();
        IntStream.range(0, (n + SearchFiles.GROUP - 1) / SearchFiles.GROUP).parallel().forEach(g -> group(g, written));
        index(written);
        before.removeAll(files.keySet());
        return new Changes(Set.copyOf(written), before);
    }

    private static String[] vocabulary(Map<String, Integer> ids, AtomicInteger next) {
        String[] vocabulary = new String[next.get()];
        ids.forEach((w, id) -> vocabulary[id] = w);
        return vocabulary;
    }

    /** The shards and the meta file, from the words as they are now; writes those that differ. */
    private void index(Set<String> written) {
        List<SearchIndex.Word> sorted = new ArrayList<>(postings.size());
        for (String w : postings.keySet()) sorted.add(encoded.get(w));
        List<SearchShards.Shard> plan = SearchShards.plan(sorted);
        Map<String, SearchShards.Shard> next = new LinkedHashMap<>();
        List<SearchShards.Shard> changed = new ArrayList<>();
        for (SearchShards.Shard s : plan) {
            next.put(s.key(), s);
            if (!s.equals(shards.get(s.key()))) changed.add(s);
        }
        for (String key : shards.keySet()) if (!next.containsKey(key)) files.remove(SearchShards.fileName(key));
        changed.parallelStream().forEach(s -> {
            files.put(SearchShards.fileName(s.key()), SearchFiles.shard(s));
            written.add(SearchShards.fileName(s.key()));
        });
        shards = next;
        byte[] m = SearchFiles.meta(documents, plan);
        if (!Arrays.equals(m, files.get("meta"))) {
            files.put("meta", m);
            written.add("meta");
        }
    }

    /** The heads and texts of documents {@code g * GROUP} on, as {@link SearchFiles#write} writes them. */
    private void group(int g, Set<String> written) {
        SearchJson headFile = SearchJson.file("h/" + g, 2048).raw("[");
        SearchJson textFile = SearchJson.file("d/" + g, 4096).raw("[");
        for (int d = g * SearchFiles.GROUP; d < Math.min(parts.length, (g + 1) * SearchFiles.GROUP); d++) {
            if (d > g * SearchFiles.GROUP) {
                headFile.raw(",");
                textFile.raw(",");
            }
            headFile.bytes(parts[d].head());
            textFile.bytes(parts[d].texts());
        }
        files.put("h/" + g, headFile.raw("]").end());
        files.put("d/" + g, textFile.raw("]").end());
        written.add("h/" + g);
        written.add("d/" + g);
    }
}
