package org.waymark.text;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of text may be kept as they are before texts are kept deflated. Deflating
 * every source and every page's HTML saved about 5 KB a page, but cost a build a tenth of its
 * CPU; only a site too large for its heap needs the saving, so texts are deflated only once
 * the plain ones fill their share of the heap. Never given back: in a long-running serve, once
 * it is spent, later texts are deflated, as all were before.
 */
final class PlainBudget {
    /** A sixteenth of the heap: 10,000 pages stay plain on a 1.5 GB heap, and 100,000 pages fit in 2 GB. */
    static final PlainBudget HEAP = new PlainBudget(Runtime.getRuntime().maxMemory() / 16);

    private final AtomicLong left;

    PlainBudget(long bytes) {
        this.left = new AtomicLong(bytes);
    }

    /** Whether {@code bytes} more may be kept plain; if so, they are taken from what is left. */
    boolean take(long bytes) {
        if (left.get() < bytes) return false;  // once short, no longer counted down
        return left.addAndGet(-bytes) >= 0;
    }
}
