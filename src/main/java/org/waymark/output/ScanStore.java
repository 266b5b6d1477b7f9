package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each page's scan ({@link PageScan}) kept by {@code build} for the next one, in a file beside the
 * output folder ({@code .site.scans}): a build that writes over the spare site leaves most pages
 * as they were ({@link SpareSite}), and verify takes their scans from here instead of reading
 * and scanning them again. A page is known by its file: device and inode, size, modification
 * time and change time (which no one can set back); a file written since, by a build or by hand,
 * or replaced, is read again. Only pages with no finding are kept, and only those changed before
 * the walk began (a write in the same tick of the file system's clock could not be told apart). The store holds the pages of two folders,
 * the one just verified and the site it replaces: the next build writes over one of them.
 * Anything wrong with the file (missing, damaged, written by other code) only means that pages
 * are read again.
 *
 * <p>With each page goes the digest of what it was made from ({@link PageDigest}): a build
 * writing over the spare leaves a page there, without making it, when its file is as verify read
 * it and the digest of this build's page is the same ({@link #holds}); a build with no spare
 * links such a page of the live site into its fresh folder ({@link #link}). Beside it,
 * {@link PassedLinks} spares following links a verified site had as they were.
 */
public final class ScanStore {
    private static final long SETTLED_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** A content file's pages in the store, one folder, with room: 1 KB a page on the heap, and under 1 KB of the file read (kept to copy from). */
    private static final long BYTES_PER_DOCUMENT = 2 * 1024;

    private final Path file;
    private final String header;
    private final Path live;
    private final Clock clock;
    private final Map<String, KeptPage> known;
    private final Map<String, KeptPage> recorded = new ConcurrentHashMap<>();
    /** Each page's digest as this build's render made it, by its path in the output. */
    private final Map<String, PageDigest> digests = new ConcurrentHashMap<>();
    /** The digest of each page's inputs, where render makes one ({@link #madeFrom}), by its path in the output. */
    private final Map<String, PageDigest> inputs = new ConcurrentHashMap<>();
    /** Pages of the live site this build gave a second name ({@link #link}), as they are now: linking changes a file's change time. */
    private final Map<String, KeptPage> linked = new ConcurrentHashMap<>();
    /** Pages this build wrote, each with the scan of the bytes written. */
    private final WrittenPages written = new WrittenPages();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger knownFromInputs = new AtomicInteger();
    /** The kept pages by their path, for a file of the live site that is not the one verify read. */
    private final PagesByPath byPath = new PagesByPath(this);
    private volatile String folder;
    private volatile long settledBefore;

    private ScanStore(Path file, String header, Path live, Clock clock, Map<String, KeptPage> known) {
        this.file = file;
        this.header = header;
        this.live = live;
        this.clock = clock;
        this.known = known;
    }

    /**
     * Whether a store for a site of {@code documents} content files fits beside a build: its two
     * folders' readings within a twelfth of the heap (100,000 pages under a 2 GB heap ran out of
     * memory with one). A twelfth fits 40,000 pages under 2 GB, and 100,000 under the 6 GB a 24 GB
     * machine gives by default (a sixteenth left them just out, their rebuilds reading every page).
     */
    public static boolean fits(int documents, long maxHeap) {
        return 2 * documents * BYTES_PER_DOCUMENT <= maxHeap / 12;
    }

    public static boolean fits(int documents) {
        return fits(documents, Runtime.getRuntime().maxMemory());
    }

    /** The store of the site built into {@code out}: a file beside it. */
    public static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".scans");
    }

    /** What {@code file} holds for the code named {@code code} (empty if unusable); {@code live}: the site the build replaces. */
    public static ScanStore open(Path file, String code, Path live) {
        return open(file, code, live, Clock.systemUTC());
    }

    /** The same, telling the time by {@code clock} (tests: which pages count as changed before the walk). */
    static ScanStore open(Path file, String code, Path live, Clock clock) {
        String header = "scan-store 7|" + code;
        return new ScanStore(file, header, live, clock, ScanStoreFile.load(file, header));
    }

    /** A verify walk of {@code root} begins: the pages found from now on are that folder's. */
    void begin(Path root) throws IOException {
        folder = key(Files.readAttributes(root, BasicFileAttributes.class));
        settledBefore = ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant()) - SETTLED_NANOS;
        recorded.clear();
        reused.set(0);
    }

    /** The scan kept for {@code file}, the page at {@code path}, or null when it must be read. */
    PageScan find(String path, SeenFile file) {
        KeptPage k = known.get(file.key());
        if (k == null || !k.file().equals(file)) {
            // Linked this build: its change time is the link's, and it counts as settled when its
            // modification time does. A write since the link would have moved that time on.
            k = linked.get(file.key());
            if (k == null || !k.file().equals(file) || file.modified() >= settledBefore) {
                PageScan w = written.scan(file);
                if (w != null) record(path, file, w);  // kept for the next build only once settled
                return w;
            }
        }
        recorded.put(file.key(), new KeptPage(folder, path, file, k.scan(), digests.get(path), inputs.get(path)));
        reused.incrementAndGet();
        return k.scan();
    }

    /** The pages this build wrote, with the scans of their bytes, which {@link #find} takes as verify finds them. */
    WrittenPages written() {
        return written;
    }

    /** Keeps {@code scan}, read from {@code file} (the page at {@code path}) after it was seen, for the next build. */
    void record(String path, SeenFile file, PageScan scan) {
        if (!scan.faults().isEmpty() || file.changed() >= settledBefore) return;
        recorded.put(file.key(), new KeptPage(folder, path, file, scan, digests.get(path), inputs.get(path)));
    }

    /** The digest of the page this build makes at {@code path}, kept with its scan for the next build. */
    void digest(String path, PageDigest digest) {
        digests.put(path, digest);
    }

    /** The digest of the inputs of the page this build makes at {@code path}, kept for the next build. */
    void inputs(String path, PageDigest digest) {
        inputs.put(path, digest);
    }

    /**
     * The digest of the model {@code file} was made from, when a build made it from inputs with
     * digest {@code inputs} and it is the file verify then read with no finding; else null.
     */
    PageDigest madeFrom(Path file, PageDigest inputs) {
        KeptPage k = asRead(file);
        if (k == null || !inputs.equals(k.inputs()) || k.digest() == null) return null;
        knownFromInputs.incrementAndGet();
        return k.digest();
    }

    /** How many pages {@link #madeFrom} knew by their inputs (each then left as it was, unless changed in between). */
    public int knownFromInputs() {
        return knownFromInputs.get();
    }

    /** Whether {@code file} is a page a build made from {@code digest} as it left it: the file verify read with no finding. */
    boolean holds(Path file, PageDigest digest) {
        return scanIfHolds(file, digest) != null;
    }

    /** The scan verify made of {@code file} when it {@link #holds} a page made from {@code digest} ({@link BuiltSiteOutput}); else null. */
    PageScan scanIfHolds(Path file, PageDigest digest) {
        KeptPage k = asRead(file);
        if (k == null || !digest.equals(k.digest())) return null;
        unchanged.incrementAndGet();
        return k.scan();
    }

    /**
     * Makes {@code to} (in a fresh staging folder) a second name of the live site's page
     * {@code from} when {@link #holds} would say it was made from {@code digest}: a rebuild with
     * no spare yet then neither makes nor writes that page. False when it is not such a page or
     * the file system makes no hard links; the page is then written as usual. Neither name is ever
     * written through: a build writing over a file with other names makes a new one ({@link SpareSite}).
     */
    boolean link(Path from, Path to, PageDigest digest) throws IOException {
        KeptPage k = asRead(from);
        if (k == null || !digest.equals(k.digest())) return false;
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        SeenFile now = SeenFile.of(to);
        SeenFile was = k.file();
        if (now == null || !now.key().equals(was.key()) || now.size() != was.size() || now.modified() != was.modified()) {
            Files.delete(to);  // replaced between the look and the link (another build swapped its site in)
            return false;
        }
        linked.put(now.key(), new KeptPage(k.folder(), k.path(), now, k.scan(), k.digest(), k.inputs()));
        unchanged.incrementAndGet();
        return true;
    }

    /**
     * What the store keeps of {@code file} when it is the very file verify read, or, in the live
     * site, a file holding the very bytes verify read at its path (a site restored from a CI
     * cache: {@link PagesByPath#restored}); else null.
     */
    private KeptPage asRead(Path file) {
        SeenFile seen = SeenFile.of(file);
        KeptPage k = seen == null ? null : known.get(seen.key());
        if (k != null && k.file().equals(seen)) return k;
        return seen == null || known.isEmpty() ? null : byPath.restored(live, file, seen);
    }

    /** The kept pages by their path ({@link BuiltSiteOutput}: {@code check} takes them so). */
    PagesByPath byPath() {
        return byPath;
    }

    /** How many pages {@link #holds} found as an earlier build made them, or {@link #link} linked. */
    public int unchanged() {
        return unchanged.get();
    }

    /** How many pages the last walk took from the store. */
    int reused() {
        return reused.get();
    }

    /** The last site whose every link resolved, as recorded beside this store. */
    PassedLinks passedLinks() {
        return new PassedLinks(file, header);
    }

    /** Writes the store for the next build ({@link ScanStoreFile#save}). */
    void save() {
        if (folder != null) ScanStoreFile.save(file, header, recorded, known, live);
    }

    /** A folder's file key as the store names it (null where the file system has none). */
    static String key(BasicFileAttributes attrs) {
        Object k = attrs.fileKey();
        return k == null ? null : k.toString();
    }

    /** Every page the store's file holds, of both folders ({@link PagesByPath}). */
    java.util.Collection<KeptPage> kept() {
        return known.values();
    }
}
