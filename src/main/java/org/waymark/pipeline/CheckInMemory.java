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
import org.waymark.output.ScannedPages;
import org.waymark.output.ScanStore;
import org.waymark.output.SiteVerifier;
import org.waymark.render.OldFiles;
import org.waymark.render.PdfKeys;
import org.waymark.search.SearchIndexFiles;
import org.waymark.search.SearchStore;

/**
 * {@code check} rendering and verifying a site in memory rather than in a scratch folder, keeping
 * of each page only what verify reads of it (output's ScannedPages): when those scans take at
 * most a quarter of the heap. Writing a 10,000-page site to disk only to delete it cost system
 * time for both, and on some file systems taxed the next build's new files; a site too large
 * for the heap still goes through the folder. When the project has a built {@code site/}, its
 * pages that are as this check would make them are left there, and what search took from
 * unchanged documents is read from beside it, as a rebuild does; neither is written to.
 */
final class CheckInMemory {
    /**
     * A document's pages' scans, with room to spare: a page's scan is under 1 KB on the heap
     * (output's ScanStore keeps one in that), and a document makes 1.1 pages on the benchmark's site.
     */
    private static final long BYTES_PER_DOCUMENT = 4 * 1024;

    private CheckInMemory() {}

    static boolean fits(Site site) {
        return fits(site.documents().size(), Runtime.getRuntime().maxMemory());
    }

    static boolean fits(int documents, long maxHeap) {
        return documents * BYTES_PER_DOCUMENT <= maxHeap / 4;
    }

    /** Renders and verifies {@code site}, checked by the options {@code o}, in memory. */
    static Pipeline.Result run(Site site, Pipeline.Options o, List<Diagnostic> found, Map<String, Long> stages, long start,
                               Progress progress) throws IOException {
        Path built = o.project().resolve("site");
        // The project's site/ when built: each of its PDFs that would be drawn from the same input
        // is kept, known by its inputs alone from the build's store (PdfKeys), which is only read.
        OldFiles previous = Files.isDirectory(built, LinkOption.NOFOLLOW_LINKS)
                ? OldFiles.in(built, PdfKeys.readOnly(PdfKeys.beside(built), LoadStore.code())) : OldFiles.NONE;
        ScannedPages pages = new ScannedPages();
        BuiltSiteOutput over = Files.isDirectory(built, LinkOption.NOFOLLOW_LINKS) && ScanStore.fits(site.documents().size())
                ? BuiltSiteOutput.over(pages, built, LoadStore.code()) : null;
        SearchStore searched = over == null ? null : SearchStore.readOnly(SearchStore.beside(built), LoadStore.code());
        Pipeline.Result r = Pipeline.renderAndVerify(site, o.strict(), found, stages, start, over == null ? pages : over,
                null, searched, previous, progress,
                templateOf -> SiteVerifier.verify(pages, over, templateOf, List.of(SearchIndexFiles.FOLDER)));
        return over == null ? r : new Pipeline.Result(r.report(), site, r.pagesWritten(), over.unchanged(),
                over.knownFromInputs(), previous.pdfKeys().known(), r.millis(), r.stages());
    }
}
