package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@code check}, and the first build of {@code serve}, render when the project has a built
 * {@code site/} whose build kept its pages' scans ({@link ScanStore}): pages go to {@code check}'s
 * {@link ScannedPages} or {@code serve}'s {@link MemoryOutput}, but a page a build made from an
 * equal digest is not made: verify takes its scan from the store, as a rebuild does. {@code
 * check} needs only that scan, and takes it by the page's path ({@link PagesByPath}), so a
 * copied or restored {@code site/} serves too. {@code serve}, which must hold every page, reads
 * its bytes, so it takes only a page that is the very file the store knew: one changed there by
 * hand is made again. The store and {@code site/} are only read.
 */
public final class BuiltSiteOutput implements OutputSink {
    /** Where the pages made go: check's scans, or serve's memory. */
    private final OutputSink made;
    private final Path built;
    private final ScanStore store;
    /** Whether a page left in {@code site/} is read into memory too ({@code serve}). */
    private final boolean reads;
    /** The scans of the pages of {@code site/} that stand for the ones this build would make, by path. */
    private final Map<String, PageScan> kept = new ConcurrentHashMap<>();
    /** The store's pages by path, where no page's bytes are read ({@code check}); else null. */
    private final PagesByPath byPath;

    private BuiltSiteOutput(OutputSink made, Path built, ScanStore store, boolean reads) {
        this.made = made;
        this.built = built;
        this.store = store;
        this.reads = reads;
        this.byPath = reads ? null : store.byPath();
    }

    /**
     * {@code check}'s output over the site built into {@code built}, with the scans its build
     * kept for the code named {@code code}: pages made go to {@code into}.
     */
    public static BuiltSiteOutput over(ScannedPages into, Path built, String code) {
        return of(into, built, code, false);
    }

    /** The same for {@code serve}: into {@code memory}, each page left in {@code site/} read into it as well. */
    public static BuiltSiteOutput reading(MemoryOutput memory, Path built, String code) {
        return of(memory, built, code, true);
    }

    private static BuiltSiteOutput of(OutputSink made, Path built, String code, boolean reads) {
        Path site = built.toAbsolutePath().normalize();
        return new BuiltSiteOutput(made, site, ScanStore.open(ScanStore.beside(site), code, site), reads);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        made.write(path, bytes);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        made.copy(path, from);
    }

    @Override
    public boolean unchanged(String path, PageDigest digest) throws IOException {
        String p = MemoryOutput.inside(path);
        if (byPath != null) {
            PageScan scan = byPath.scan(p, digest);
            if (scan != null) kept.put(p, scan);
            return scan != null;
        }
        Path file = built.resolve(p);
        PageScan scan = store.scanIfHolds(file, digest);
        if (scan == null) return false;
        if (reads) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return false;
            }
            // Still the file the store knew once read: one replaced or written since the first
            // look (a build swapping its site in) has another inode or change time, and is made.
            if (store.scanIfHolds(file, digest) == null) return false;
            made.write(p, bytes);
        }
        kept.put(p, scan);
        return true;
    }

    @Override
    public PageDigest madeFrom(String path, PageDigest inputs) throws IOException {
        String p = MemoryOutput.inside(path);
        return byPath != null ? byPath.madeFrom(p, inputs) : store.madeFrom(built.resolve(p), inputs);
    }

    @Override
    public boolean keepsPages() {
        return true;
    }

    /** The pages left in {@code site/}, each with its scan, by path. */
    Map<String, PageScan> kept() {
        return kept;
    }

    /**
     * Hands {@code cache} the scan of each page read from {@code site/} ({@code serve}): verify
     * then takes it for those bytes instead of reading them again.
     */
    public void scansInto(MemoryOutput memory, ScanCache cache) throws IOException {
        for (Map.Entry<String, PageScan> e : kept.entrySet()) {
            OutputFile f = memory.files().get(e.getKey());
            if (f != null) cache.know(e.getKey(), f.bytes(), e.getValue());
        }
    }

    /** The last site whose every link resolved, as its build recorded it. */
    PassedLinks passedLinks() {
        return store.passedLinks();
    }

    /** How many pages were left in {@code site/} (and, for {@code serve}, read from there). */
    public int unchanged() {
        return kept.size();
    }

    /** How many of those were known from their inputs alone. */
    public int knownFromInputs() {
        return byPath != null ? byPath.knownFromInputs() : store.knownFromInputs();
    }
}
