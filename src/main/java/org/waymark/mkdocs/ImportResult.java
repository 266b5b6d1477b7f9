package org.waymark.mkdocs;

import java.nio.file.Path;
import java.util.List;
import org.waymark.diagnostic.Diagnostic;

/** How an import ended. */
public sealed interface ImportResult {
    /** The new project is in {@code out}: what came over, and what did not. */
    record Imported(Path out, List<String> carried, List<Leftover> leftovers) implements ImportResult {}

    /** mkdocs.yml or its docs_dir could not be read; nothing was written. */
    record Failed(List<Diagnostic> diagnostics) implements ImportResult {}

    /** The command cannot run as asked (no mkdocs.yml, an output folder that is not empty); nothing was written. */
    record Refused(String reason) implements ImportResult {}
}
