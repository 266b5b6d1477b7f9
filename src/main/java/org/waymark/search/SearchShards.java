package org.waymark.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The index cut into files a query loads only a few of: a tree over the words' first
 * characters (as Pagefind cuts its index into chunks by word). A node whose words fit in
 * {@link #CAP} is one file holding them all, so a query term that starts with its key finds
 * every word it could mean there, typos after the key included. A larger node is cut by its
 * next character; its own file then holds the word that is its key, and its likeliest
 * completions (most often in titles, then in most documents) with only their title and
 * heading postings, up to {@link #SUMMARY_CAP}: what a query of only those first letters needs.
 * So one query term loads one file of at most about {@code CAP} bytes, however large the site.
 */
final class SearchShards {
    /** Roughly the bytes of one file; a single word's postings may exceed it. */
    static final int CAP = 32 * 1024;
    /**
     * The size of a cut node's own file, smaller: typing a word loads one such file per letter
     * until its key reaches a node that is whole.
     */
    static final int SUMMARY_CAP = 4 * 1024;

    /** One file: its key, whether it holds every word that starts with the key, and its words with postings. */
    record Shard(String key, boolean complete, List<String> entries) {}

    private SearchShards() {}

    static List<Shard> plan(List<SearchIndex.Word> sorted) {
        List<Shard> out = new ArrayList<>();
        node("", sorted, 0, sorted.size(), out);
        return out;
    }

    private static void node(String key, List<SearchIndex.Word> words, int from, int to, List<Shard> out) {
        long size = 0;
        for (int i = from; i < to; i++) size += words.get(i).size();
        if (size <= CAP || to - from <= 1) {
            List<String> entries = new ArrayList<>(2 * (to - from));
            for (int i = from; i < to; i++) {
                entries.add(words.get(i).word());
                entries.add(words.get(i).postings());
            }
            out.add(new Shard(key, true, entries));
            return;
        }
        out.add(new Shard(key, false, summary(key, words, from, to)));
        int i = from;
        if (words.get(i).word().equals(key)) i++;
        while (i < to) {
            String child = words.get(i).word().substring(0, key.length() + 1);
            int j = i;
            while (j < to && words.get(j).word().startsWith(child)) j++;
            node(child, words, i, j, out);
            i = j;
        }
    }

    /** The key's own word in full, then the likeliest completions with their strong postings, up to the cap. */
    private static List<String> summary(String key, List<SearchIndex.Word> words, int from, int to) {
        List<String> entries = new ArrayList<>();
        int size = 0;
        int start = from;
        if (words.get(from).word().equals(key)) {
            entries.add(key);
            entries.add(words.get(from).postings());
            size += words.get(from).size();
            start++;
        }
        List<SearchIndex.Word> likely = new ArrayList<>(words.subList(start, to));
        likely.removeIf(w -> w.strong().isEmpty());
        likely.sort(Comparator.comparingInt(SearchIndex.Word::titles).reversed()
                .thenComparing(Comparator.comparingInt(SearchIndex.Word::documents).reversed())
                .thenComparing(SearchIndex.Word::word));
        List<SearchIndex.Word> chosen = new ArrayList<>();
        for (SearchIndex.Word w : likely) {
            int cost = w.word().length() + w.strong().length() + 6;
            if (size + cost > SUMMARY_CAP) continue;
            chosen.add(w);
            size += cost;
        }
        chosen.sort(Comparator.comparing(SearchIndex.Word::word));
        for (SearchIndex.Word w : chosen) {
            entries.add(w.word());
            entries.add(w.strong());
        }
        return entries;
    }

    /** A key as a file's name (without ".js"): letters a-z and digits as they are, any other character as _hex_; the root is "_". */
    static String fileName(String key) {
        if (key.isEmpty()) return "w-_";
        StringBuilder b = new StringBuilder("w-");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') b.append(c);
            else b.append('_').append(Integer.toHexString(c)).append('_');
        }
        return b.toString();
    }
}
