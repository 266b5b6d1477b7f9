package org.waymark.text;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of text may be kept as they are before texts are kept deflated. Deflating
 * every source and every page's HTML saved about 5 KB a page, but cost a build a tenth of its
 * CPU; only a site too large for its heap needs the saving.
 * <p>
 * Which texts stay plain is decided by each text's length alone, once a build has said how
 * much text it expects ({@link #expect}): a share of lengths, picked by a hash, about as large
 * as the budget is of the whole. Handing the budget out first come, first served made the
 * choice depend on the order in which threads happened to pack, so an unchanged page could
 * be kept another way by the next build, and look changed to anything that digests it as kept.
 * The budget still caps what is kept plain should the expectation fall short. Never given
 * back: in a long-running serve, once it is spent, later texts are deflated.
 */
final class PlainBudget {
    /** This process's budget ({@link #forHeap}). */
    static final PlainBudget HEAP = new PlainBudget(forHeap(Runtime.getRuntime().maxMemory()));

    /** The share of lengths kept plain is counted in these parts. */
    private static final int PARTS = 1024;

    private final long bytes;
    private final AtomicLong left;
    private volatile int plainParts = PARTS;

    PlainBudget(long bytes) {
        this.bytes = bytes;
        this.left = new AtomicLong(bytes);
    }

    /**
     * The bytes of text a heap of {@code heap} bytes keeps plain: a sixteenth of its first 2 GB
     * (10,000 pages, 95 MB of text, stay plain on a 2 GB heap, and 100,000 pages fit in 2 GB),
     * and a quarter of the rest. A larger heap has room for a large site's texts as they are,
     * and deflating and inflating them was an eighth of a 100,000-page rebuild's CPU.
     */
    static long forHeap(long heap) {
        long first = Math.min(heap, 2L << 30);
        return first / 16 + (heap - first) / 4;
    }

    /**
     * Sets the share of texts kept plain for a build that expects to keep {@code expected}
     * bytes of text: all of them when they fit seven eighths of the budget, else the share that
     * fills those seven eighths. The eighth left over is for an expectation that falls short,
     * and for lengths that happen to be picked more often than their share: past the budget,
     * the texts that came first would be kept plain again.
     */
    void expect(long expected) {
        long room = bytes / 8 * 7;
        plainParts = expected <= room ? PARTS : (int) (room * PARTS / expected);
    }

    /** Whether a text of {@code bytes} bytes (one or two a char) may be kept plain; if so, they are taken from what is left. */
    boolean take(long bytes) {
        if (!picked(bytes)) return false;
        if (left.get() < bytes) return false;  // once short, no longer counted down
        return left.addAndGet(-bytes) >= 0;
    }

    /** Whether a text of this length is among the share kept plain: a hash of the length, so spread over all sizes. */
    private boolean picked(long length) {
        int parts = plainParts;
        if (parts >= PARTS) return true;
        long h = length * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return Long.remainderUnsigned(h, PARTS) < parts;
    }
}
