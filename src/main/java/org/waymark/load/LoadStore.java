package org.waymark.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * writes a new file only when something changed, beside the old one, and renames it over it.
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

    private record Entry(byte[] digest, long offset, int length, int crc) {}

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
            channel = FileChannel.open(use.file(), StandardOpenOption.READ);
            return new LoadStore(use, header, channel, index(channel, header));
        } catch (IOException | RuntimeException e) {
            close(channel);
            return new LoadStore(use, header, null, Map.of());
        }
    }

    /** The index, when the trailer, the header and the index's checksum agree; else none. */
    private static Map<String, Entry> index(FileChannel channel, String header) throws IOException {
        long size = channel.size();
        StoreBytes.In tail = new StoreBytes.In(read(channel, size - TRAILER, TRAILER));
        long at = (long) tail.i32() << 32 | (tail.i32() & 0xffffffffL);
        int indexCrc = tail.i32();
        if (tail.i32() != MAGIC || at < 0 || at > size - TRAILER || size - TRAILER - at > Integer.MAX_VALUE) return Map.of();
        StoreBytes.In head = new StoreBytes.In(read(channel, 0, (int) Math.min(at, 64 * 1024)));
        if (head.i32() != MAGIC || !header.equals(head.string())) return Map.of();
        byte[] indexBytes = read(channel, at, (int) (size - TRAILER - at));
        if (crc(indexBytes) != indexCrc) return Map.of();
        StoreBytes.In index = new StoreBytes.In(indexBytes);
        int count = index.i32();
        if (count < 0 || count > indexBytes.length / 20) return Map.of();  // an entry takes more than 20 bytes
        Map<String, Entry> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String relative = index.string();
            byte[] digest = index.bytes();
            long offset = (long) index.i32() << 32 | (index.i32() & 0xffffffffL);
            Entry e = new Entry(digest, offset, index.i32(), index.i32());
            if (e.offset() < 0 || e.length() < 0 || e.offset() + e.length() > at) return Map.of();
            entries.put(relative, e);
        }
        return entries;
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
     * Writes the store for the next build, when this one loaded anything anew or a file is gone:
     * the records kept are copied from the old file. Nothing is reported when it cannot be written;
     * the next build parses those files again.
     */
    void save() {
        if (fresh == null) {
            close(old);
            return;
        }
        try {
            if (fresh.failed() || added.isEmpty() && kept.size() == known.size()) return;
            Map<String, Entry> all = new HashMap<>(added);
            for (String relative : kept) {
                if (all.containsKey(relative)) continue;
                Entry e = known.get(relative);
                long offset = fresh.copy(old, e.offset(), e.length());
                if (offset >= 0) all.put(relative, new Entry(e.digest(), offset, e.length(), e.crc()));
            }
            StoreBytes.Out index = new StoreBytes.Out();
            index.i32(all.size());
            all.forEach((relative, e) -> {
                index.string(relative);
                index.bytes(e.digest());
                index.i32((int) (e.offset() >>> 32));
                index.i32((int) e.offset());
                index.i32(e.length());
                index.i32(e.crc());
            });
            close(old);  // before the rename: Windows replaces no file that is open
            fresh.finish(index.toBytes());
        } finally {
            close(old);
            fresh.closeAndDiscard();
        }
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
