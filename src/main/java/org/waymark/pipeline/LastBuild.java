package org.waymark.pipeline;

/**
 * The last good in-memory build's stage results ({@code serve}), from which the next build
 * after a save may be narrowed ({@link MemoryBuild}); none after a build that failed, so the
 * next one is a full build.
 */
public final class LastBuild {
    volatile MemoryBuild.Last last;
    // the search index in pieces, which a later build updates (none while one does, or after it failed)
    volatile org.waymark.search.SearchIndexParts search;
    private final java.util.concurrent.atomic.AtomicInteger narrowed = new java.util.concurrent.atomic.AtomicInteger();

    /** How many builds were narrowed to the saved guides (tests see that narrowing happens). */
    public int narrowed() {
        return narrowed.get();
    }

    void countNarrowed() {
        narrowed.incrementAndGet();
    }
}
