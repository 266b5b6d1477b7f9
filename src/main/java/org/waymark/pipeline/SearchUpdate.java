package org.waymark.pipeline;

import java.io.IOException;
import java.util.Set;
import org.waymark.model.Site;
import org.waymark.output.MemoryOutput;
import org.waymark.search.SearchIndexParts;
import org.waymark.search.SearchStore;

/**
 * The search stage of serve's builds: the index kept in pieces from the last build
 * ({@link SearchIndexParts}) is brought up to the new site, so a save costs what it changed.
 * The pieces are set aside while they are updated: a build that stops half way leaves none,
 * and the next one makes them whole.
 */
final class SearchUpdate {
    private SearchUpdate() {}

    /** A full build's index: every file written into {@code into}, which holds none yet. Returns their paths. */
    static Set<String> whole(Site site, MemoryOutput into, LastBuild kept) throws IOException {
        return whole(site, into, kept, null);
    }

    /**
     * The same, taking what {@code store} (may be null; only read) holds of each document as it
     * is now, when there are no pieces yet: serve's first build, from the project's site/.
     */
    static Set<String> whole(Site site, MemoryOutput into, LastBuild kept, SearchStore store) throws IOException {
        SearchIndexParts parts = kept.search;
        kept.search = null;
        if (!site.config().search()) return Set.of();   // search: false in site.yaml
        if (parts == null) parts = SearchIndexParts.of(site, store);
        else parts.update(site);
        parts.writeAll(into);
        kept.search = parts;
        return parts.paths();
    }

    /**
     * A narrowed build's index: {@code into} holds the last build's files, its index among them
     * ({@code before}); only the files that differ are written, and those gone removed.
     */
    static Set<String> changed(Site site, MemoryOutput into, LastBuild kept, Set<String> before) throws IOException {
        SearchIndexParts parts = kept.search;
        kept.search = null;
        if (parts == null || !site.config().search()) {
            into.files().keySet().removeAll(before);
            return whole(site, into, kept);
        }
        SearchIndexParts.Changes changes = parts.update(site);
        for (String name : changes.gone()) into.files().remove(SearchIndexParts.path(name));
        parts.write(into, changes);
        kept.search = parts;
        return parts.paths();
    }
}
