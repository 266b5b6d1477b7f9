package org.waymark.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.waymark.html.ScriptJson;
import org.waymark.model.Site;
import org.waymark.output.OutputSink;

/**
 * The search stage: the site's index ({@link SearchFiles}) written as script files under
 * {@code assets/search/}. Each calls {@code Waymark.searchData(name, value)}, with the value as
 * JSON made safe for a script. It runs after render, as a stage of its own, so that
 * {@code build --timings} shows what the index costs.
 */
public record SearchIndexFiles(Site site) {
    public static final String FOLDER = "assets/search/";

    public void write(OutputSink out) throws IOException {
        try {
            SearchFiles.of(site).parallelStream().forEach(f -> write(out, f));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(OutputSink out, SearchFiles.File file) {
        String js = "window.Waymark&&Waymark.searchData&&Waymark.searchData(" + ScriptJson.write(file.name()) + ","
                + ScriptJson.write(file.value()) + ");\n";
        try {
            out.write(FOLDER + file.name() + ".js", js.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
