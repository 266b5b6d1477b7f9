package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@code check} renders: of each page, what verify reads of it ({@link PageScan}, made
 * from the bytes as they are written), and of every file, its path; no bytes are kept. A
 * 10,000-page site's pages are 160 MB; their scans a few per cent of that, so a site of any
 * size is checked in memory, with nothing written to disk.
 */
public final class ScannedPages implements OutputSink {
    private final Map<String, PageScan> scans = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        String p = MemoryOutput.inside(path);
        if (p.endsWith(".html")) scans.put(p, PageScan.of(bytes));
        files.add(p);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        String p = MemoryOutput.inside(path);
        OutputFile.Copied.of(from);  // a file that cannot be read fails here, as a build's copy would
        files.add(p);
    }

    /** Each page's scan, by path. */
    Map<String, PageScan> scans() {
        return scans;
    }

    /** Every file's path. */
    Set<String> files() {
        return files;
    }
}
