package org.waymark.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * Each page's scan ({@link PageScan}) kept by {@code build} for the next one, in a file beside the
 * output folder ({@code .site.scans}): a build that writes over the spare site leaves most pages
 * as they were ({@link SpareSite}), and verify takes their scans from here instead of reading
 * and scanning them again. Every link is still followed, every build. A page is known by its
 * file: device and inode, size, modification time and change time (which no one can set back);
 * a file written since, by a build or by hand, or replaced, is read again. Only pages with no
 * finding are kept, and only those changed before the walk began (a write in the same tick of
 * the file system's clock could not be told apart). The store holds the pages of two folders,
 * the one just verified and the site it replaces: the next build writes over one of them.
 * Anything wrong with the file (missing, damaged, written by other code) only means that pages
 * are read again.
 */
public final class ScanStore {
    private static final int MAGIC = 0x574d5353; // "WMSS"
    private static final long SETTLED_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** A page's file as verify found it: what tells it from any other file, or from itself rewritten. */
    record Seen(String key, long size, long modified, long changed) {}

    private record Kept(String folder, Seen file, PageScan scan) {}

    private final Path file;
    private final String header;
    private final Path live;
    private final Clock clock;
    private final Map<String, Kept> known;
    private final Map<String, Kept> recorded = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile String folder;
    private volatile long settledBefore;

    private ScanStore(Path file, String header, Path live, Clock clock, Map<String, Kept> known) {
        this.file = file;
        this.header = header;
        this.live = live;
        this.clock = clock;
        this.known = known;
    }

    /** The store of the site built into {@code out}: a file beside it. */
    public static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".scans");
    }

    /**
     * What {@code file} holds for the code named {@code code}; an empty store when nothing there
     * is usable. {@code live} is the site the build replaces, whose pages the store keeps too.
     */
    public static ScanStore open(Path file, String code, Path live) {
        return open(file, code, live, Clock.systemUTC());
    }

    /** The same, telling the time by {@code clock} (tests: which pages count as changed before the walk). */
    static ScanStore open(Path file, String code, Path live, Clock clock) {
        String header = "scan-store 1|" + code;
        try {
            for (Path p : AbandonedFiles.in(file.getParent(), file.getFileName() + ".new-")) Files.deleteIfExists(p);
            return new ScanStore(file, header, live, clock, read(Files.readAllBytes(file), header));
        } catch (IOException | RuntimeException e) {
            return new ScanStore(file, header, live, clock, Map.of());
        }
    }

    /** A verify walk of {@code root} begins: the pages found from now on are that folder's. */
    void begin(Path root) throws IOException {
        folder = key(Files.readAttributes(root, BasicFileAttributes.class));
        settledBefore = nanos(clock.instant()) - SETTLED_NANOS;
        recorded.clear();
        reused.set(0);
    }

    /**
     * The page's file {@code f}, which the walk saw with {@code attrs}, asked once more for its
     * change time; null when the file system cannot tell it (the page is then read every time).
     */
    Seen seen(Path f, BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        if (key == null || !attrs.isRegularFile()) return null;
        try {
            Object changed = Files.getAttribute(f, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            if (!(changed instanceof FileTime t)) return null;
            return new Seen(key.toString(), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    t.to(TimeUnit.NANOSECONDS));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The scan kept for {@code file}, or null when it must be read. */
    PageScan find(Seen file) {
        Kept k = known.get(file.key());
        if (k == null || !k.file().equals(file)) return null;
        recorded.put(file.key(), new Kept(folder, file, k.scan()));
        reused.incrementAndGet();
        return k.scan();
    }

    /** Keeps {@code scan}, read from {@code file} after it was seen, for the next build. */
    void record(Seen file, PageScan scan) {
        if (!scan.faults().isEmpty() || file.changed() >= settledBefore) return;
        recorded.put(file.key(), new Kept(folder, file, scan));
    }

    /** How many pages the last walk took from the store. */
    int reused() {
        return reused.get();
    }

    /**
     * Writes the store for the next build: the pages of the folder just verified, and those kept
     * of the live site it replaces. Nothing is reported when it cannot be written; the next
     * build reads those pages again.
     */
    void save() {
        if (folder == null) return;
        Path temp = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
        try {
            Map<String, Kept> all = new HashMap<>(recorded);
            if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
                String liveFolder = key(Files.readAttributes(live, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                known.forEach((key, k) -> { if (k.folder().equals(liveFolder)) all.putIfAbsent(key, k); });
            }
            Files.write(temp, write(all, header));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // deleted by the next build (AbandonedFiles)
            }
        }
    }

    private static String key(BasicFileAttributes attrs) {
        Object k = attrs.fileKey();
        return k == null ? null : k.toString();
    }

    private static long nanos(Instant t) {
        return ChronoUnit.NANOS.between(Instant.EPOCH, t);
    }

    /** Strings once each in a table, then the pages: folder, file key, size, times, ids and links by index. */
    private static byte[] write(Map<String, Kept> all, String header) {
        Map<String, Integer> table = new HashMap<>();
        StoreBuffer pages = new StoreBuffer();
        pages.i32(all.size());
        all.forEach((key, k) -> {
            pages.i32(index(table, k.folder()));
            pages.i32(index(table, key));
            pages.i64(k.file().size());
            pages.i64(k.file().modified());
            pages.i64(k.file().changed());
            pages.i32(k.scan().ids().size());
            for (String id : k.scan().ids()) pages.i32(index(table, id));
            pages.i32(k.scan().links().size());
            for (String link : k.scan().links()) pages.i32(index(table, link));
        });
        String[] strings = new String[table.size()];
        table.forEach((s, i) -> strings[i] = s);
        StoreBuffer out = new StoreBuffer();
        out.i32(MAGIC);
        out.string(header);
        out.i32(strings.length);
        for (String s : strings) out.string(s);
        out.bytes(pages);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.length());
        out.i32((int) crc.getValue());
        out.i32(MAGIC);
        return out.toBytes();
    }

    private static int index(Map<String, Integer> table, String s) {
        Integer i = table.get(s);
        if (i != null) return i;
        table.put(s, table.size());
        return table.size() - 1;
    }

    private static Map<String, Kept> read(byte[] bytes, String header) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int end = bytes.length - 8;
        if (end < 4 || in.getInt(end + 4) != MAGIC || in.getInt(0) != MAGIC) return Map.of();
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        if (in.getInt(end) != (int) crc.getValue()) return Map.of();
        in.position(4);
        if (!header.equals(string(in))) return Map.of();
        String[] strings = new String[in.getInt()];
        for (int i = 0; i < strings.length; i++) strings[i] = string(in);
        int count = in.getInt();
        Map<String, Kept> known = new HashMap<>(Math.max(16, count * 2));
        for (int p = 0; p < count; p++) {
            String folder = strings[in.getInt()];
            String key = strings[in.getInt()];
            Seen file = new Seen(key, in.getLong(), in.getLong(), in.getLong());
            String[] ids = new String[in.getInt()];
            for (int i = 0; i < ids.length; i++) ids[i] = strings[in.getInt()];
            String[] links = new String[in.getInt()];
            for (int i = 0; i < links.length; i++) links[i] = strings[in.getInt()];
            known.put(key, new Kept(folder, file, new PageScan(Set.of(ids), List.of(links), List.of())));
        }
        return known;
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
