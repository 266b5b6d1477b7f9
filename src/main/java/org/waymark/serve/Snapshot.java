package org.waymark.serve;

import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.output.OutputFile;

/**
 * What the preview serves at one moment: the files of the last build that succeeded (empty
 * before the first), the number of that build (pages reload when it changes), and the errors
 * of the latest build when it failed (shown over the pages; empty once fixed).
 */
record Snapshot(int version, Map<String, OutputFile> files, List<Diagnostic> errors) {
    static final Snapshot NONE = new Snapshot(0, Map.of(), List.of());

    boolean hasSite() {
        return version > 0;
    }
}
