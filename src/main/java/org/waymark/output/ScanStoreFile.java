package org.waymark.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;
import org.waymark.output.KeptPage.EarlierFile;
import org.waymark.output.KeptPage.StoredRecord;

/**
 * The {@link ScanStore}'s file: a magic number and the header (which code wrote it), how many
 * strings the last whole write made, every string in a table (once, but for those that copies
 * added again), then each page by index into it (folder, file key, size, times, its digests,
 * ids, links, the scan's link digest, folder ends and bytes' digest, its path in the site), and
 * a CRC-32C of all that before the magic number again. A file that does not read back whole
 * gives nothing.
 */
final class ScanStoreFile {
    private static final int MAGIC = 0x574d5353; // "WMSS"

    private ScanStoreFile() {}

    /**
     * What {@code file} holds under {@code header}; nothing when nothing there is usable.
     * Reading changes nothing beside the site ({@code check} only reads): what a killed save
     * left is removed by the next save ({@link FileSwap}).
     */
    static Map<String, KeptPage> load(Path file, String header) {
        try {
            // a file larger than the heap's share for it is another site's: it is not read
            if (Files.size(file) > Runtime.getRuntime().maxMemory() / 16) return Map.of();
            return read(Files.readAllBytes(file), header);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Map.of();
        }
    }

    /**
     * Writes the store for the next build: the pages of the folder just verified
     * ({@code recorded}), and those {@code known} of the live site it replaces. {@code known} is
     * what the file holds: when that says all the new one would, the file is left as it is (at
     * 10,000 pages writing it took a third of a rebuild's verify stage). Nothing is reported
     * when it cannot be written; the next build reads those pages again.
     */
    static void save(Path file, String header, Map<String, KeptPage> recorded, Map<String, KeptPage> known, Path live) {
        try {
            Map<String, KeptPage> all = new HashMap<>(recorded);
            if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
                String liveFolder = ScanStore.key(Files.readAttributes(live, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                known.forEach((key, k) -> { if (k.folder().equals(liveFolder)) all.putIfAbsent(key, k); });
            }
            if (holdsAlready(all, known) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return;
            FileSwap.writeStore(file, encode(all, known, header));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // the store is only ever a saving: the next build reads those pages again
        }
    }

    /**
     * Whether a file holding {@code known} already says what one holding {@code all} would: the
     * same files, read the same, made from the same. The folder an entry names may differ: a
     * page linked into both folders is one file, found by its key under either, and a folder
     * only decides which entries a later save carries over (a page it drops is read again).
     */
    static boolean holdsAlready(Map<String, KeptPage> all, Map<String, KeptPage> known) {
        if (all.size() != known.size()) return false;
        for (Map.Entry<String, KeptPage> e : all.entrySet()) {
            KeptPage k = known.get(e.getKey());
            if (k == null || !e.getValue().sameAs(k)) return false;
        }
        return true;
    }

    /**
     * {@code all} as the file's bytes, in three parts (the string table, the pages, the check and
     * the end), written as they are: no copy of the whole (tens of megabytes at 10,000 pages).
     * When at least seven in eight of its pages are kept as the file read before holds them
     * ({@code known}; their change time aside: linking a page into a new folder changes it), their
     * records are copied from that file (the folder's index and the change time put right), after
     * its string table, copied whole, to which only the strings of the other pages are added:
     * after an edit or a rebuild, nearly every page is such a one, and encoding them again took
     * most of a 10,000-page build's verify stage. The table is written whole again once copies
     * have let it grow by half.
     */
    static ByteBuffer[] encode(Map<String, KeptPage> all, Map<String, KeptPage> known, String header) {
        EarlierFile earlier = copyable(all, known);
        int base = earlier == null ? 0 : earlier.strings();
        Map<String, Integer> table = new HashMap<>();
        // sized from the file read before, which a rebuild's nearly matches (at 10,000 pages
        // 11 MB: grown by doubling from 64 KB, it allocated 32 MB and copied half of that)
        int copiedTable = earlier == null ? 0 : earlier.tableTo() - earlier.tableFrom();
        StoreBuffer pages = earlier == null ? new StoreBuffer()
                : new StoreBuffer(earlier.bytes().length - copiedTable + earlier.bytes().length / 16);
        pages.i32(all.size());
        all.forEach((key, k) -> {
            pages.i32(index(table, k.folder(), base));
            KeptPage was = earlier == null ? null : known.get(key);
            StoredRecord r = was == null ? null : was.stored();
            if (r != null && r.file() == earlier && k.sameButChanged(was)) {
                // the record as it was, from the key on, but for the change time (after key, size and modification time)
                pages.raw(earlier.bytes(), r.at() + 4, 20);
                pages.i64(k.file().changed());
                pages.raw(earlier.bytes(), r.at() + 32, r.length() - 32);
                return;
            }
            pages.i32(index(table, key, base));
            pages.i64(k.file().size());
            pages.i64(k.file().modified());
            pages.i64(k.file().changed());
            digest(pages, k.digest());
            digest(pages, k.inputs());
            pages.i32(k.scan().ids().size());
            for (String id : k.scan().ids()) pages.i32(index(table, id, base));
            pages.i32(k.scan().links().size());
            for (String link : k.scan().links()) pages.i32(index(table, link, base));
            pages.i64(k.scan().digest());
            pages.i64(k.scan().folderEnds());
            pages.i64(k.scan().bytes());
            pages.i32(index(table, k.path(), base));
        });
        String[] added = new String[table.size()];
        table.forEach((s, i) -> added[i - base] = s);
        StoreBuffer out = new StoreBuffer(copiedTable + (1 << 16));
        out.i32(MAGIC);
        out.string(header);
        out.i32(earlier == null ? added.length : earlier.wholeStrings());
        out.i32(base + added.length);
        if (earlier != null) out.raw(earlier.bytes(), earlier.tableFrom(), earlier.tableTo() - earlier.tableFrom());
        for (String s : added) out.string(s);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.length());
        crc.update(pages.array(), 0, pages.length());
        StoreBuffer end = new StoreBuffer(8);
        end.i32((int) crc.getValue());
        end.i32(MAGIC);
        return new ByteBuffer[] {ByteBuffer.wrap(out.array(), 0, out.length()), ByteBuffer.wrap(pages.array(), 0, pages.length()),
                ByteBuffer.wrap(end.array(), 0, end.length())};
    }

    /** The file read before, when {@link #encode} may copy from it; else null (everything is encoded). */
    private static EarlierFile copyable(Map<String, KeptPage> all, Map<String, KeptPage> known) {
        EarlierFile earlier = null;
        int same = 0;
        for (Map.Entry<String, KeptPage> e : all.entrySet()) {
            KeptPage was = known.get(e.getKey());
            if (was == null || was.stored() == null || !e.getValue().sameButChanged(was)) continue;
            if (earlier != null && was.stored().file() != earlier) return null;
            earlier = was.stored().file();
            same++;
        }
        if (earlier == null || 8L * same < 7L * all.size() || 2L * earlier.strings() > 3L * earlier.wholeStrings()) return null;
        return earlier;
    }

    private static void digest(StoreBuffer out, PageDigest d) {
        out.i32(d == null ? 0 : 1);
        out.i64(d == null ? 0 : d.bits());
    }

    private static PageDigest digest(ByteBuffer in) {
        boolean known = in.getInt() == 1;
        long bits = in.getLong();
        return known ? new PageDigest(bits) : null;
    }

    /** The index of {@code s} among the strings written after the first {@code base}, added when new. */
    private static int index(Map<String, Integer> table, String s, int base) {
        Integer i = table.get(s);
        if (i != null) return i;
        table.put(s, base + table.size());
        return base + table.size() - 1;
    }

    static Map<String, KeptPage> read(byte[] bytes, String header) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int end = bytes.length - 8;
        if (end < 4 || in.getInt(end + 4) != MAGIC || in.getInt(0) != MAGIC) return Map.of();
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        if (in.getInt(end) != (int) crc.getValue()) return Map.of();
        in.position(4);
        if (!header.equals(StoreBuffer.string(in))) return Map.of();
        int whole = in.getInt();
        String[] strings = new String[in.getInt()];
        int tableFrom = in.position();
        for (int i = 0; i < strings.length; i++) strings[i] = StoreBuffer.string(in);
        EarlierFile earlier = new EarlierFile(bytes, tableFrom, in.position(), strings.length, whole);
        int count = in.getInt();
        Map<String, KeptPage> known = new HashMap<>(Math.max(16, count * 2));
        for (int p = 0; p < count; p++) {
            int at = in.position();
            String folder = strings[in.getInt()];
            String key = strings[in.getInt()];
            SeenFile file = new SeenFile(key, in.getLong(), in.getLong(), in.getLong());
            PageDigest digest = digest(in);
            PageDigest inputs = digest(in);
            String[] ids = new String[in.getInt()];
            for (int i = 0; i < ids.length; i++) ids[i] = strings[in.getInt()];
            String[] links = new String[in.getInt()];
            for (int i = 0; i < links.length; i++) links[i] = strings[in.getInt()];
            PageScan scan = new PageScan(Set.of(ids), List.of(links), List.of(), in.getLong(), in.getLong(), in.getLong());
            String path = strings[in.getInt()];
            known.put(key, new KeptPage(folder, path, file, scan, digest, inputs, new StoredRecord(earlier, at, in.position() - at)));
        }
        return known;
    }
}
