package org.waymark.search;

import static org.waymark.output.StoreBuffer.varint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.waymark.model.Document;
import org.waymark.output.FileSwap;
import org.waymark.output.StoreBuffer;
import org.waymark.text.PackedText;

/**
 * What search took from each document, kept by {@code build} for the next one in a file beside
 * the site ({@code .site.search}): the document's head and texts as written into its {@code h/}
 * and {@code d/} files, and its words (by their place in the file's table of words) with their
 * places in it. A document is a function of its file's text, its path and the site's title (as
 * load/LoadStore holds), so an entry is found by those ({@link #key}) and used instead of reading
 * the document's text for words again. The file holds only the documents of the last build, and
 * is not written again when every one was found. Anything wrong with it (missing, damaged,
 * written by other code) only means that documents are read again.
 */
public final class SearchStore {
    private static final int MAGIC = 0x574d5354; // "WMST"

    /**
     * One document's part of the index: its head and texts (JSON values), and its words, each
     * with its packed place: numbered as the index of this build numbers them ({@code fresh}:
     * this build read the document) or as the file's table does (read from the file).
     */
    record Entry(long key, byte[] head, byte[] texts, int[] words, boolean fresh, int[] packed) {}

    private final Path file;
    private final String header;
    /** Read and never written: {@code check} and {@code serve}'s first build read the store of the built site. */
    private final boolean readOnly;
    private String[] table = new String[0];
    /** Each table word's id in the index being made, or -1 until a document needs it. */
    private int[] ids = new int[0];
    private Map<String, Entry> known = Map.of();
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    /** The size of the file read, which the next one's nearly matches (27 MB at 10,000 pages). */
    private int readLength;

    private SearchStore(Path file, String code, boolean readOnly) {
        this.file = file;
        this.header = "search-store 1|" + code;
        this.readOnly = readOnly;
    }

    /** The store of the site built into {@code out}: a file beside it. */
    public static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".search");
    }

    /** The store in {@code file} for the code named {@code code}, read when the search stage begins ({@link #read}). */
    public static SearchStore at(Path file, String code) {
        return new SearchStore(file, code, false);
    }

    /** The same, never written ({@code check}, and {@code serve}'s first build). */
    public static SearchStore readOnly(Path file, String code) {
        return new SearchStore(file, code, true);
    }

    /** Reads what the file holds; nothing when it is unusable. */
    void read() {
        try {
            if (Files.size(file) > Runtime.getRuntime().maxMemory() / 16) return;
            byte[] bytes = Files.readAllBytes(file);
            readLength = bytes.length;
            read(bytes);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            table = new String[0];
            known = Map.of();
        }
        ids = new int[table.length];
        Arrays.fill(ids, -1);
    }

    /**
     * A document's key: CRC-32 and CRC-32C, side by side, of its text (exactly), its kind,
     * address and file, and the site's title. The text's own bytes, not as kept: past the heap's
     * budget for plain texts, how a text is kept can change between builds (another heap, a site
     * grown past its share), and when texts were first come, first served to that budget, a key
     * of the text as kept made every 100,000-page rebuild find a few documents changed and write
     * the whole store (275 MB) again.
     */
    static long key(Document d, String siteTitle) {
        return key(d.getClass().getName(), d.outputFile(), d.source().path(), siteTitle, d.source().packed());
    }

    /** The same, from a document's kind (its class's name), address, file, the site's title and its text. */
    static long key(String kind, String outputFile, String path, String siteTitle, PackedText text) {
        byte[] about = (kind + '\0' + outputFile + '\0' + path + '\0' + siteTitle
                + '\0' + text.chars() + (text.latin1() ? "L" : "U")).getBytes(StandardCharsets.UTF_8);
        byte[] raw = text.raw();
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        a.update(about);
        b.update(about);
        a.update(raw);
        b.update(raw);
        return a.getValue() << 32 | b.getValue();
    }

    /** What the last build took from the document at {@code url} when its key was {@code key}; else null. */
    Entry find(String url, long key) {
        Entry e = known.get(url);
        if (e == null || e.key() != key) return null;
        reused.incrementAndGet();
        return e;
    }

    /** Word {@code w} of the file's table: a word of an entry found in the file ({@link Entry#fresh} false). */
    String word(int w) {
        return table[w];
    }

    /** The ids in {@code index} of a found entry's words. */
    int[] ids(Entry e, SearchIndex index) {
        int[] out = new int[e.words().length];
        for (int k = 0; k < out.length; k++) {
            int w = e.words()[k];
            int id = ids[w];
            // threads may both look a word up: the index gives them the same id
            if (id < 0) ids[w] = id = index.id(table[w]);
            out[k] = id;
        }
        return out;
    }

    /** Keeps what this build took from the document at {@code url}, for the next. */
    void keep(String url, Entry e) {
        kept.put(url, e);
    }

    /** How many documents were taken from the store. */
    public int reused() {
        return reused.get();
    }

    /**
     * Writes what this build kept, for the next one, unless it is what the file holds, and lets
     * go of every entry: render and verify go on for a while after the index is written, and the
     * entries were a sixth of a 10,000-page build's heap. Nothing is reported when the file
     * cannot be written.
     */
    void save(SearchIndex index) {
        try {
            if (readOnly || reused.get() == kept.size() && kept.size() == known.size()) return;
            StoreBuffer out = bytes(index.vocabulary());
            FileSwap.writeStore(file, ByteBuffer.wrap(out.array(), 0, out.length()));
        } finally {
            kept.clear();
            known = Map.of();
            table = new String[0];
            ids = new int[0];
        }
    }

    /**
     * The file: the table of the words kept entries use, each once (the file's own and the index's
     * {@code vocabulary}, renumbered in order of first use), then each entry.
     */
    StoreBuffer bytes(String[] vocabulary) {
        int[] fromTable = new int[table.length];
        int[] fromIndex = new int[vocabulary.length];
        Arrays.fill(fromTable, -1);
        Arrays.fill(fromIndex, -1);
        List<String> words = new ArrayList<>();
        Map<String, Integer> numbered = new HashMap<>();
        for (Entry e : kept.values()) {
            int[] to = e.fresh() ? fromIndex : fromTable;
            String[] from = e.fresh() ? vocabulary : table;
            for (int w : e.words()) {
                if (to[w] >= 0) continue;
                to[w] = numbered.computeIfAbsent(from[w], x -> { words.add(x); return words.size() - 1; });
            }
        }
        StoreBuffer out = readLength == 0 ? new StoreBuffer() : new StoreBuffer(readLength + readLength / 16);
        out.i32(MAGIC);
        out.string(header);
        out.varint(words.size());
        for (String w : words) out.string(w);
        out.varint(kept.size());
        kept.forEach((url, e) -> {
            int[] to = e.fresh() ? fromIndex : fromTable;
            out.string(url);
            out.i64(e.key());
            out.bytes(e.head());
            out.bytes(e.texts());
            out.varint(e.packed().length);
            for (int w : e.words()) out.varint(to[w]);
            for (int p : e.packed()) out.varint(p);
        });
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.length());
        out.i32((int) crc.getValue());
        out.i32(MAGIC);
        return out;
    }

    private void read(byte[] bytes) {
        int end = bytes.length - 8;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (end < 4 || in.getInt(0) != MAGIC || in.getInt(end + 4) != MAGIC) return;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        if (in.getInt(end) != (int) crc.getValue()) return;
        in.position(4);
        if (!header.equals(StoreBuffer.string(in))) return;
        String[] words = new String[varint(in)];
        for (int w = 0; w < words.length; w++) words[w] = StoreBuffer.string(in);
        int count = varint(in);
        Map<String, Entry> entries = new HashMap<>(Math.max(16, count * 2));
        for (int i = 0; i < count; i++) {
            String url = StoreBuffer.string(in);
            long key = in.getLong();
            byte[] head = StoreBuffer.bytes(in);
            byte[] texts = StoreBuffer.bytes(in);
            int[] ws = new int[varint(in)];
            for (int k = 0; k < ws.length; k++) {
                ws[k] = varint(in);
                if (ws[k] >= words.length) return;
            }
            int[] packed = new int[ws.length];
            for (int k = 0; k < ws.length; k++) packed[k] = varint(in);
            entries.put(url, new Entry(key, head, texts, ws, false, packed));
        }
        table = words;
        known = entries;
    }
}
