package org.waymark.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread's working space: a cache of the words it has met (so a word's characters are
 * looked up without making a string of them) and, by word id, the best place and count of
 * each word of the document in hand. Nothing is allocated per word occurrence.
 */
final class WordScratch implements SearchWords.Sink {
    private final Map<String, Integer> ids;
    private final AtomicInteger next;
    private char[][] keys = new char[1024][];
    private int[] keyIds = new int[1024];
    private int cached;
    private int[] level = new int[1024];
    private int[] part = new int[1024];
    private int[] count = new int[1024];
    private int[] touched = new int[256];
    private int seen;
    private int atLevel;
    private int atPart;

    WordScratch(Map<String, Integer> ids, AtomicInteger next) {
        this.ids = ids;
        this.next = next;
    }

    /** The words of one document with their best place (first where it is best) and count. */
    SearchIndex.DocumentWords words(SearchDocument doc) {
        add(doc.title(), SearchIndex.TITLE, 0);
        add(doc.summary(), SearchIndex.SUMMARY, 0);
        for (String tag : doc.tags()) add(tag, SearchIndex.SUMMARY, 0);
        List<SearchText.Section> sections = doc.sections();
        for (int s = 0; s < sections.size(); s++) {
            SearchText.Section section = sections.get(s);
            add(section.heading(), SearchIndex.HEADING, s + 1);
            atLevel = SearchIndex.BODY;
            atPart = s + 1;
            SearchWords.split(section.chars(), section.from(), section.to(), this);
        }
        int[] words = Arrays.copyOf(touched, seen);
        int[] packed = new int[seen];
        for (int k = 0; k < seen; k++) {
            int w = touched[k];
            packed[k] = (level[w] + Math.min(count[w], 7)) | part[w] << 5;
            count[w] = 0;
        }
        seen = 0;
        return new SearchIndex.DocumentWords(words, packed);
    }

    private void add(String text, int level, int part) {
        if (text == null || text.isEmpty()) return;
        atLevel = level;
        atPart = part;
        SearchWords.split(text, this);
    }

    @Override
    public void word(char[] buf, int len, int hash) {
        int w = id(buf, len, hash);
        if (w >= count.length) {
            int size = Math.max(w + 1, count.length * 2);
            level = Arrays.copyOf(level, size);
            part = Arrays.copyOf(part, size);
            count = Arrays.copyOf(count, size);
        }
        if (count[w]++ == 0) {
            if (seen == touched.length) touched = Arrays.copyOf(touched, seen * 2);
            touched[seen++] = w;
            level[w] = atLevel;
            part[w] = atPart;
        } else if (atLevel > level[w]) {
            level[w] = atLevel;
            part[w] = atPart;
        }
    }

    /** The word's id: from this thread's cache, else from (or added to) the shared vocabulary. */
    private int id(char[] buf, int len, int h) {
        int mask = keys.length - 1;
        int i = (h ^ h >>> 16) & mask;
        for (char[] k = keys[i]; k != null; k = keys[i]) {
            if (k.length == len && same(k, buf, len)) return keyIds[i];
            i = (i + 1) & mask;
        }
        String word = new String(buf, 0, len);
        int id = ids.computeIfAbsent(word, x -> next.getAndIncrement());
        keys[i] = Arrays.copyOf(buf, len);
        keyIds[i] = id;
        if (++cached * 2 > keys.length) grow();
        return id;
    }

    private static boolean same(char[] k, char[] buf, int len) {
        for (int i = 0; i < len; i++) if (k[i] != buf[i]) return false;
        return true;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = keyIds;
        keys = new char[oldKeys.length * 2][];
        keyIds = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int h = SearchWords.hash(oldKeys[j], oldKeys[j].length);
            int i = (h ^ h >>> 16) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            keyIds[i] = oldIds[j];
        }
    }
}
