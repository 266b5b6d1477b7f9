package org.waymark.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.waymark.load.StoreIndex.Entry;
import org.waymark.text.Source;

/**
 * What each content file loaded as, kept on disk from one build to the next (a file beside the
 * output folder, {@code .site.cache}), so that a file whose bytes are as they were is not parsed
 * again. A file's load depends only on its bytes, its path, the site's title and the code, so
 * the key is a digest of the bytes under the path, and the file is used only by the same code
 * ({@link CodeIdentity}) for the same title. Anything wrong with it (missing, truncated, another
 * version, a record that does not read back) only means those files are parsed again.
 * <p>
 * Layout: a header, the records, their index, and the index's offset at the end. A build
 * writes only when something changed: a few new records, a new index and offset after the end
 * of the old file ({@link #appended}), or else a new file beside it, renamed over it.
 */
public final class LoadStore {
    static final int MAGIC = 0x574d4c53; // "WMLS"
    /** The end of the file: the index's offset (8 bytes), its CRC-32C and the magic number. */
    static final int TRAILER = 16;

    /**
     * Which store a load uses, and whether it writes what it parsed anew back to it ({@code build})
     * or only reads it ({@code check} and {@code serve}, which write no files).
     */
    public record Use(Path file, boolean refresh) {
        public static Use refreshed(Path file) {
            return new Use(file, true);
        }

        public static Use readOnly(Path file) {
            return new Use(file, false);
        }
    }

    private final FileChannel old;
    private final Map<String, Entry> known;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Map<String, Entry> added = new ConcurrentHashMap<>();
    private final StoreFile fresh;  // null when only read

    private LoadStore(Use use, String header, FileChannel old, Map<String, Entry> known) {
        this.old = old;
        this.known = known;
        this.fresh = use.refresh() ? new StoreFile(use.file(), header) : null;
    }

    /** The running code's name ({@link CodeIdentity}): what every store beside the output is kept for. */
    public static String code() {
        return CodeIdentity.current();
    }

    /** The store of the site built into {@code out}: a file beside it. */
    public static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".cache");
    }

    /** Opens what the store holds for this code and {@code siteTitle}; an empty store when it holds nothing usable. */
    static LoadStore open(Use use, String siteTitle) {
        String header = CodeIdentity.current() + "\n" + siteTitle;
        if (use.refresh()) StoreFile.removeAbandoned(use.file());
        FileChannel channel = null;
        try {
            channel = open(use);
            return new LoadStore(use, header, channel, StoreIndex.read(channel, header));
        } catch (IOException | RuntimeException e) {
            close(channel);
            return new LoadStore(use, header, null, Map.of());
        }
    }

    /**
     * A file's key here: its CRC-32 and CRC-32C side by side (64 bits) and its length. It tells an
     * author's edit from the last version (a changed file keeps its key about once in 2^64
     * changes, and nobody gains from forging a collision with their own file). The processor
     * computes both; MD5, which the launcher's client compiler runs as plain Java, took 0.15 s
     * of CPU on the benchmark's 45 MB, and 4 % of a rebuild's samples.
     */
    static byte[] digest(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        CRC32C crcC = new CRC32C();
        crcC.update(content);
        return ByteBuffer.allocate(16).putInt((int) crc.getValue()).putInt((int) crcC.getValue())
                .putLong(content.length).array();
    }

    /**
     * What {@code relative} loaded as when its bytes had this digest, its document's source made
     * by {@code source}; null when not kept, or unreadable.
     */
    ContentFile find(String relative, byte[] digest, Supplier<Source> source) {
        Entry e = known.get(relative);
        if (e == null || old == null || !Arrays.equals(e.digest(), digest)) return null;
        try {
            byte[] record = read(old, e.offset(), e.length());
            if (crc(record) != e.crc()) return null;
            ContentFile file = LoadDecoder.decode(record, source);
            kept.add(relative);
            return file;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Keeps what {@code relative} loaded as, for the next build. */
    void remember(String relative, byte[] digest, ContentFile loaded) {
        if (fresh == null) return;
        byte[] record = LoadEncoder.encode(loaded);
        if (record == null) return;
        long offset = fresh.append(record);
        if (offset >= 0) added.put(relative, new Entry(digest, offset, record.length, crc(record)));
    }

    /**
     * The store's file, to read; for a build, to write as well ({@link #appended}), where the
     * file system lets it (else it is read, and written whole when anything changed).
     */
    private static FileChannel open(Use use) throws IOException {
        if (use.refresh()) {
            try {
                return FileChannel.open(use.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // read only: written whole
            }
        }
        return FileChannel.open(use.file(), StandardOpenOption.READ);
    }

    /**
     * Writes the store for the next build, when this one loaded anything anew or a file is gone:
     * a few new records go after the old file's end ({@link #appended}); else the whole store is
     * written anew, the records kept copied from the old file. Nothing is reported when it cannot
     * be written; the next build parses those files again.
     */
    void save() {
        if (fresh == null) {
            close(old);
            return;
        }
        try {
            if (fresh.failed() || added.isEmpty() && kept.size() == known.size()) return;
            if (appended()) return;
            Map<String, Entry> all = new HashMap<>(added);
            for (String relative : kept) {
                if (all.containsKey(relative)) continue;
                Entry e = known.get(relative);
                long offset = fresh.copy(old, e.offset(), e.length());
                if (offset >= 0) all.put(relative, new Entry(e.digest(), offset, e.length(), e.crc()));
            }
            close(old);  // before the rename: Windows replaces no file that is open
            fresh.finish(StoreIndex.encode(all));
        } finally {
            close(old);
            fresh.closeAndDiscard();
        }
    }

    /**
     * Adds the records parsed anew, a new index and a new trailer after the end of the old file,
     * whose records stay where they are (its old index, and the records of files changed or gone,
     * become unused bytes): an author's edit then writes kilobytes rather than the whole store
     * (65 MB at 10,000 pages, 0.14 s a build). Only when the new records are at most an eighth of
     * what the store holds, and at most half the file would be unused; else false, and the store
     * is written whole. A write that fails cuts the file back to its old end, the old trailer; a
     * build killed while it writes leaves a file that ends in no trailer, so the next build
     * parses every file again and writes the store whole.
     */
    private boolean appended() {
        if (old == null || known.isEmpty()) return false;
        Map<String, Entry> all = new HashMap<>(known.size() * 2);
        long live = 0;
        long fresher = 0;
        for (String relative : kept) {
            if (added.containsKey(relative)) continue;
            Entry e = known.get(relative);
            all.put(relative, e);
            live += e.length();
        }
        for (Entry e : added.values()) fresher += e.length();
        long end = -1;
        try {
            end = old.size();
            if (fresher > (live + fresher) / 8 || end + fresher > 2 * (live + fresher)) return false;
            long at = end;
            for (Map.Entry<String, Entry> a : added.entrySet()) {
                Entry e = a.getValue();
                write(old, at, ByteBuffer.wrap(fresh.read(e.offset(), e.length())));
                all.put(a.getKey(), new Entry(e.digest(), at, e.length(), e.crc()));
                at += e.length();
            }
            byte[] index = StoreIndex.encode(all);
            write(old, at, ByteBuffer.wrap(index));
            write(old, at + index.length, StoreIndex.trailer(at, index));
            return true;
        } catch (IOException | NonWritableChannelException e) {  // the latter: opened to read only
            try {
                if (end >= 0 && old.size() > end) old.truncate(end);
            } catch (IOException | NonWritableChannelException ignored) {
                // the next build finds no trailer at the end, and parses every file again
            }
            return false;
        }
    }

    private static void write(FileChannel channel, long at, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) at += channel.write(bytes, at);
    }

    static int crc(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record);
        return (int) crc.getValue();
    }

    static byte[] read(FileChannel channel, long at, int length) throws IOException {
        if (at < 0 || length < 0) throw new IOException("not a store");
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (channel.read(buf, at + buf.position()) < 0) throw new IOException("the store ends early");
        }
        return buf.array();
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // read-only use: nothing to lose
        }
    }
}
