package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@code check} renders when the project has a built {@code site/} whose build kept its
 * pages' scans ({@link ScanStore}): pages go into memory, as in {@link MemoryOutput}, but a page
 * that {@code site/} holds as a build made it from an equal digest is neither made nor held, and
 * verify takes its scan from the store, as a rebuild does. The store and {@code site/} are only
 * read: a page changed there by hand is not the file the store knew, so it is made again.
 */
public final class CheckOutput implements OutputSink {
    private final MemoryOutput memory = new MemoryOutput();
    private final Path built;
    private final ScanStore store;
    /** The scans of the pages of {@code site/} that stand for the ones this check would make, by path. */
    private final Map<String, PageScan> kept = new ConcurrentHashMap<>();

    private CheckOutput(Path built, ScanStore store) {
        this.built = built;
        this.store = store;
    }

    /** An output over the site built into {@code built}, with the scans its build kept for the code named {@code code}. */
    public static CheckOutput over(Path built, String code) {
        Path site = built.toAbsolutePath().normalize();
        return new CheckOutput(site, ScanStore.open(ScanStore.beside(site), code, site));
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        memory.write(path, bytes);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        memory.copy(path, from);
    }

    @Override
    public boolean unchanged(String path, PageDigest digest) throws IOException {
        String p = MemoryOutput.inside(path);
        PageScan scan = store.scanIfHolds(built.resolve(p), digest);
        if (scan == null) return false;
        kept.put(p, scan);
        return true;
    }

    @Override
    public PageDigest madeFrom(String path, PageDigest inputs) throws IOException {
        return store.madeFrom(built.resolve(MemoryOutput.inside(path)), inputs);
    }

    @Override
    public boolean keepsPages() {
        return true;
    }

    /** The files made and held in memory. */
    MemoryOutput made() {
        return memory;
    }

    /** The pages left in {@code site/}, each with its scan, by path. */
    Map<String, PageScan> kept() {
        return kept;
    }

    /** The last site whose every link resolved, as its build recorded it. */
    PassedLinks passedLinks() {
        return store.passedLinks();
    }

    /** How many pages were left in {@code site/}. */
    public int unchanged() {
        return store.unchanged();
    }

    /** How many of those were known from their inputs alone. */
    public int knownFromInputs() {
        return store.knownFromInputs();
    }
}
