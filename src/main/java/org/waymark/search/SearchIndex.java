package org.waymark.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The inverted index: for each word, the documents it is in, each with a score and the part
 * of the document that matched best. Made in one pass over each document's words (documents in
 * parallel), so its cost grows with the text and nothing else.
 * <p>
 * A score is where the word stands in the document ({@link #TITLE} above {@link #HEADING} above
 * {@link #SUMMARY} above body text) plus how often it occurs, up to 7. The part is 0 for the
 * document's top and i for its i-th {@link SearchText.Section}. Postings are written for the
 * search script as base-64 varints ({@link SearchCode}): document (as the gap from the previous
 * one), score, part.
 */
final class SearchIndex {
    static final int TITLE = 24;
    static final int HEADING = 16;
    static final int SUMMARY = 8;
    static final int BODY = 0;

    /**
     * One word: {@code postings} for every document it is in; {@code strong} only those where it
     * is in a title or heading; {@code documents} how many it is in, {@code titles} in how many titles.
     */
    record Word(String word, String postings, String strong, int documents, int titles) {
        /** What the word costs in a shard file, roughly in bytes. */
        int size() {
            return word.length() + postings.length() + 6;
        }
    }

    /** One document's words: their ids, and for each its score and part packed as {@code score | part << 5}. */
    private record DocumentWords(int[] words, int[] packed) {}

    private SearchIndex() {}

    static List<Word> build(List<SearchDocument> documents) {
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        DocumentWords[] perDocument = new DocumentWords[documents.size()];
        IntStream.range(0, documents.size()).parallel()
                .forEach(d -> perDocument[d] = words(documents.get(d), ids, next));
        String[] vocabulary = new String[next.get()];
        ids.forEach((w, id) -> vocabulary[id] = w);
        int[] counts = new int[vocabulary.length];
        for (DocumentWords dw : perDocument) for (int w : dw.words()) counts[w]++;
        int[][] postings = new int[vocabulary.length][];
        for (int w = 0; w < vocabulary.length; w++) postings[w] = new int[counts[w] * 2];
        int[] fill = new int[vocabulary.length];
        for (int d = 0; d < perDocument.length; d++) {
            DocumentWords dw = perDocument[d];
            for (int k = 0; k < dw.words().length; k++) {
                int w = dw.words()[k];
                postings[w][fill[w]++] = d;
                postings[w][fill[w]++] = dw.packed()[k];
            }
        }
        Integer[] order = new Integer[vocabulary.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> vocabulary[a].compareTo(vocabulary[b]));
        Word[] out = new Word[order.length];
        IntStream.range(0, order.length).parallel().forEach(i -> out[i] = encode(vocabulary[order[i]], postings[order[i]]));
        return List.of(out);
    }

    private static Word encode(String word, int[] postings) {
        StringBuilder all = new StringBuilder(postings.length * 2);
        StringBuilder strong = new StringBuilder();
        int last = -1;
        int lastStrong = -1;
        int titles = 0;
        for (int k = 0; k < postings.length; k += 2) {
            int d = postings[k];
            int score = postings[k + 1] & 31;
            int part = postings[k + 1] >>> 5;
            SearchCode.posting(all, d - last, score, part);
            last = d;
            if (score >= HEADING) {
                SearchCode.posting(strong, d - lastStrong, score, part);
                lastStrong = d;
            }
            if (score >= TITLE) titles++;
        }
        return new Word(word, all.toString(), strong.toString(), postings.length / 2, titles);
    }

    /** The words of one document with their best place (first where it is best) and count. */
    private static DocumentWords words(SearchDocument doc, Map<String, Integer> ids, AtomicInteger next) {
        Map<String, int[]> seen = new HashMap<>();
        add(seen, doc.title(), TITLE, 0);
        add(seen, doc.summary(), SUMMARY, 0);
        for (String tag : doc.tags()) add(seen, tag, SUMMARY, 0);
        List<SearchText.Section> sections = doc.sections();
        for (int s = 0; s < sections.size(); s++) {
            add(seen, sections.get(s).heading(), HEADING, s + 1);
            add(seen, sections.get(s).text(), BODY, s + 1);
        }
        int[] words = new int[seen.size()];
        int[] packed = new int[seen.size()];
        int k = 0;
        for (Map.Entry<String, int[]> e : seen.entrySet()) {
            int[] v = e.getValue();
            words[k] = ids.computeIfAbsent(e.getKey(), w -> next.getAndIncrement());
            packed[k++] = (v[0] + Math.min(v[2], 7)) | v[1] << 5;
        }
        return new DocumentWords(words, packed);
    }

    /** Each word of {@code text} at {@code level} in part {@code part}: value is {level, part, count}. */
    private static void add(Map<String, int[]> seen, String text, int level, int part) {
        if (text == null || text.isEmpty()) return;
        SearchWords.split(text, w -> {
            int[] v = seen.get(w);
            if (v == null) {
                seen.put(w, new int[] {level, part, 1});
            } else {
                v[2]++;
                if (level > v[0]) {
                    v[0] = level;
                    v[1] = part;
                }
            }
        });
    }
}
