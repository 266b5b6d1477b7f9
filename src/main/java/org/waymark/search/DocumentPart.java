package org.waymark.search;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One document's part of the index in serve's pieces ({@link SearchIndexParts}): its head and
 * texts as {@link SearchFiles} writes them, and the {@link SearchStore#key} of what they were
 * read from (the same key, the same part).
 */
record DocumentPart(long key, byte[] head, byte[] texts) {
    /** Read from {@code doc}, the document with key {@code key}. */
    static DocumentPart read(long key, SearchDocument doc) {
        SearchJson json = new SearchJson(1024);
        SearchFiles.head(doc, json);
        int head = json.length();
        SearchFiles.texts(doc, json);
        return new DocumentPart(key, json.range(0, head), json.range(head, json.length()));
    }

    /** As the store's entry {@code e} holds it. */
    static DocumentPart stored(SearchStore.Entry e) {
        return new DocumentPart(e.key(), e.head(), e.texts());
    }

    /** The ids in {@code ids} (numbered from {@code next} when new) of the words of {@code e}, an entry found in {@code store}. */
    static int[] wordIds(SearchStore store, SearchStore.Entry e, Map<String, Integer> ids, AtomicInteger next) {
        int[] out = new int[e.words().length];
        for (int k = 0; k < out.length; k++) out[k] = ids.computeIfAbsent(store.word(e.words()[k]), x -> next.getAndIncrement());
        return out;
    }
}
