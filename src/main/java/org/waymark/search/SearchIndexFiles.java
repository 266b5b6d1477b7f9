package org.waymark.search;

import java.io.IOException;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/**
 * The search stage: the site's index ({@link SearchFiles}) written as script files under
 * {@code assets/search/}. Each calls {@code Waymark.searchData(name, value)}, with the value as
 * JSON made safe for a script ({@link SearchJson}). A build runs it beside render, on threads of
 * its own (pipeline's BesideStage), and {@code build --timings} shows what it costs. With
 * {@code search: false} in site.yaml it writes nothing, and the pages show no search box.
 */
public record SearchIndexFiles(Site site, SearchStore store) {
    public static final String FOLDER = "assets/search/";

    /** Without a store: every document is read for its words. */
    public SearchIndexFiles(Site site) {
        this(site, null);
    }

    /** Writes the index; with a {@link SearchStore}, takes unchanged documents' parts from it, and keeps every document's for the next build. */
    public void write(OutputSink out) throws IOException {
        if (!site.config().search()) return;
        if (store != null) store.read();
        SearchFiles.write(site, out, FOLDER, store);
    }
}
