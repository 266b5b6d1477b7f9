package org.waymark.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    record DocumentWords(int[] words, int[] packed) {}

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ThreadLocal<WordScratch> scratch = ThreadLocal.withInitial(() -> new WordScratch(ids, next));
    private final DocumentWords[] perDocument;

    /** An index of {@code documents} documents, added by their numbers from any thread. */
    SearchIndex(int documents) {
        perDocument = new DocumentWords[documents];
    }

    /**
     * Takes in document {@code d}'s words; documents may be added in parallel, each once. The
     * words are given back, for a build to keep ({@link SearchStore}).
     */
    DocumentWords add(int d, SearchDocument doc) {
        return perDocument[d] = scratch.get().words(doc);
    }

    /** Takes in document {@code d}'s words as an earlier build kept them ({@link SearchStore}), by their ids ({@link #id}). */
    void add(int d, int[] words, int[] packed) {
        perDocument[d] = new DocumentWords(words, packed);
    }

    /** Every word by its id. */
    String[] vocabulary() {
        String[] vocabulary = new String[next.get()];
        ids.forEach((w, id) -> vocabulary[id] = w);
        return vocabulary;
    }

    /** A word's id, given it now if it has none. */
    int id(String word) {
        return ids.computeIfAbsent(word, x -> next.getAndIncrement());
    }

    /** Every word of the documents added, in order, with its postings; once: it lets go of the documents' words as it goes. */
    List<Word> words() {
        String[] vocabulary = vocabulary();
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
            // Let go of each document's words once copied: at 100,000 pages they and the postings
            // are about 200 MB each, and both at once left a 2 GB heap too little.
            perDocument[d] = null;
        }
        Integer[] order = new Integer[vocabulary.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> vocabulary[a].compareTo(vocabulary[b]));
        Word[] out = new Word[order.length];
        IntStream.range(0, order.length).parallel().forEach(i -> {
            out[i] = encode(vocabulary[order[i]], postings[order[i]]);
            postings[order[i]] = null;
        });
        return List.of(out);
    }

    static Word encode(String word, int[] postings) {
        int most = postings.length / 2 * SearchCode.POSTING_MAX;
        byte[][] buffers = ENCODED.get();
        if (buffers[0].length < most) {
            buffers[0] = new byte[Math.max(most, buffers[0].length * 2)];
            buffers[1] = new byte[buffers[0].length];
        }
        byte[] all = buffers[0];
        byte[] strong = buffers[1];
        int n = 0;
        int ns = 0;
        int last = -1;
        int lastStrong = -1;
        int titles = 0;
        for (int k = 0; k < postings.length; k += 2) {
            int d = postings[k];
            int score = postings[k + 1] & 31;
            int part = postings[k + 1] >>> 5;
            n = SearchCode.posting(all, n, d - last, score, part);
            last = d;
            if (score >= HEADING) {
                ns = SearchCode.posting(strong, ns, d - lastStrong, score, part);
                lastStrong = d;
            }
            if (score >= TITLE) titles++;
        }
        return new Word(word, new String(all, 0, n, StandardCharsets.ISO_8859_1),
                new String(strong, 0, ns, StandardCharsets.ISO_8859_1), postings.length / 2, titles);
    }

    /** Each thread's room to encode one word's postings in, and its strong ones: ASCII, made a string in one copy. */
    private static final ThreadLocal<byte[][]> ENCODED = ThreadLocal.withInitial(() -> new byte[][] {new byte[4096], new byte[4096]});
}
