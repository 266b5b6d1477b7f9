package org.waymark.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.load.LoadStore;
import org.waymark.model.Site;
import org.waymark.output.BuiltSiteOutput;
import org.waymark.output.MemoryOutput;
import org.waymark.output.ScanCache;
import org.waymark.output.ScanStore;
import org.waymark.output.SiteVerifier;
import org.waymark.render.OldFiles;
import org.waymark.search.SearchIndexFiles;
import org.waymark.search.SearchStore;

/**
 * {@code check} rendering and verifying a site in memory rather than in a scratch folder: when
 * the pages would take at most a quarter of the heap. Writing a 10,000-page site to disk
 * only to delete it cost system time for both, and on some file systems taxed the next build's
 * new files; a site too large for the heap still goes through the folder. When the project has
 * a built {@code site/}, its pages that are as this check would make them are left there, and
 * what search took from unchanged documents is read from beside it, as a rebuild does; neither
 * is written to.
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

    /** Renders and verifies {@code site}, checked by the options {@code o}, in memory. */
    static Pipeline.Result run(Site site, Pipeline.Options o, List<Diagnostic> found, Map<String, Long> stages, long start,
                               OldFiles previous, Progress progress) throws IOException {
        Path built = o.project().resolve("site");
        if (!Files.isDirectory(built, LinkOption.NOFOLLOW_LINKS) || !ScanStore.fits(site.documents().size())) {
            MemoryOutput memory = new MemoryOutput();
            return Pipeline.renderAndVerify(site, o.strict(), found, stages, start, memory, null, null, previous, progress,
                    templateOf -> SiteVerifier.verify(memory, templateOf, new ScanCache()));
        }
        BuiltSiteOutput out = BuiltSiteOutput.over(built, LoadStore.code());
        SearchStore searched = SearchStore.readOnly(SearchStore.beside(built), LoadStore.code());
        Pipeline.Result r = Pipeline.renderAndVerify(site, o.strict(), found, stages, start, out, null, searched, previous,
                progress, templateOf -> SiteVerifier.verify(out, templateOf, List.of(SearchIndexFiles.FOLDER)));
        return new Pipeline.Result(r.report(), site, r.pagesWritten(), out.unchanged(), out.knownFromInputs(), r.millis(),
                r.stages());
    }
}
