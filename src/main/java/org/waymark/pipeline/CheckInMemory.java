package org.waymark.pipeline;

import org.waymark.model.Site;

/**
 * Whether {@code check} renders and verifies a site in memory rather than in a scratch folder:
 * when the pages would take at most a quarter of the heap. Writing a 10,000-page site to disk
 * only to delete it cost system time for both, and on some file systems taxed the next build's
 * new files; a site too large for the heap still goes through the folder.
 */
final class CheckInMemory {
    /** A page's files, measured on the benchmark's site (about 19 KB a document), with room to spare. */
    private static final long BYTES_PER_DOCUMENT = 32 * 1024;

    private CheckInMemory() {}

    static boolean fits(Site site) {
        return fits(site.documents().size(), Runtime.getRuntime().maxMemory());
    }

    static boolean fits(int documents, long maxHeap) {
        return documents * BYTES_PER_DOCUMENT <= maxHeap / 4;
    }
}
