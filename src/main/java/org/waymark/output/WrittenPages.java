package org.waymark.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages a build wrote, each with the scan of the very bytes it wrote ({@link StagedOutput}
 * scans a page while its bytes are at hand), so that verify need not read them back: a page
 * whose file is still exactly as the write left it (device, inode, size, both times) is taken
 * from here. Only the build writes into its staging folder; a write by anyone else since would
 * show in the file's size or times.
 */
final class WrittenPages {
    private record Written(SeenFile file, PageScan scan) {}

    private final Map<String, Written> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger taken = new AtomicInteger();

    /** Keeps the scan of the bytes just written as {@code file}; not one with findings (verify reads that page and reports them). */
    void wrote(SeenFile file, PageScan scan) {
        if (scan.faults().isEmpty()) byKey.put(file.key(), new Written(file, scan));
    }

    /** The scan of the bytes written as {@code file}, when the file is as the write left it; else null. */
    PageScan scan(SeenFile file) {
        Written w = byKey.get(file.key());
        if (w == null || !w.file().equals(file)) return null;
        taken.incrementAndGet();
        return w.scan();
    }

    /** How many pages verify took from here, not reading them back. */
    int taken() {
        return taken.get();
    }
}
