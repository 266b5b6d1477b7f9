package org.waymark.output;

/**
 * What a page was made from, in 64 bits (render's {@code ModelDigests}): its template, its
 * path, its model and everything else that goes into its bytes. Two pages with equal digests
 * have the same bytes, so a build may leave a page that an earlier build wrote from an equal
 * digest where it is ({@link OutputSink#unchanged}).
 */
public record PageDigest(long bits) {
    // Written out: a record's own equals goes through method handles, which the client compiler
    // runs slowly, and a store's save compares a digest of every page of the site.
    @Override
    public boolean equals(Object o) {
        return o instanceof PageDigest d && d.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }
}
