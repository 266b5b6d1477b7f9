package org.waymark.output;

import java.io.IOException;
import java.nio.file.Path;

/** Where rendered files go (a staging folder); paths are relative to the output root. */
public interface OutputSink {
    void write(String path, byte[] bytes) throws IOException;

    void copy(String path, Path from) throws IOException;

    /**
     * Whether the page at {@code path}, made from a model with digest {@code digest}, is already
     * there as an earlier build made it from an equal digest: it then stays as it is, counts as
     * written, and need not be made. Either way the digest is kept for the next build.
     */
    default boolean unchanged(String path, PageDigest digest) throws IOException {
        return false;
    }

    /**
     * The digest of the model an earlier build made the page at {@code path} from, when it made
     * it from inputs with digest {@code inputs} and the page is there as it left it; else null.
     * Either way {@code inputs} is kept for the next build. With it a build can tell that a page
     * is unchanged ({@link #unchanged}) without making its model.
     */
    default PageDigest madeFrom(String path, PageDigest inputs) throws IOException {
        return null;
    }

    /** Whether this output keeps pages' digests ({@link #unchanged}): if not, they are not worth making. */
    default boolean keepsPages() {
        return false;
    }
}
