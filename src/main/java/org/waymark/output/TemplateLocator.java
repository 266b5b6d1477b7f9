package org.waymark.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.text.Source;

/**
 * Points a fault found in the rendered pages at the line of the project's own template that
 * most likely wrote it (the link, the id, the tag or attribute named in the message). Faults in
 * the built-in theme, or with nothing to search for, keep the template's first line.
 */
public final class TemplateLocator {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private TemplateLocator() {}

    public static List<Diagnostic> locate(List<Diagnostic> found, Path templatesDir) {
        if (templatesDir == null) return found;
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (Diagnostic d : found) out.add(locate(d, templatesDir));
        return out;
    }

    private static Diagnostic locate(Diagnostic d, Path templatesDir) {
        if (!d.path().startsWith("templates/") || !d.code().id().startsWith("WM40")) return d;
        Path file = templatesDir.resolve(d.path().substring("templates/".length())).normalize();
        String needle = needle(d);
        if (needle == null || !file.startsWith(templatesDir) || !Files.isRegularFile(file)) return d;
        try {
            Source source = Source.of(d.path(), Files.readString(file, StandardCharsets.UTF_8));
            int at = source.text().indexOf(needle);
            if (at < 0) return d;
            Diagnostic located = Diagnostic.of(source, source.positionAt(at), d.code(), d.message(), d.hint());
            return located.withSeverity(d.severity());
        } catch (IOException | java.io.UncheckedIOException e) {
            return d;
        }
    }

    /** What to look for in the template, from what the verifier found. */
    static String needle(Diagnostic d) {
        String m = d.message();
        Matcher q = QUOTED.matcher(m);
        String quoted = q.find() ? q.group(1) : null;
        if (d.code() == Code.OUTPUT_LINK) return quoted;
        if (d.code() == Code.OUTPUT_DUPLICATE_ID) return quoted == null ? null : "id=\"" + quoted + "\"";
        if (d.code() == Code.OUTPUT_H1) return "<h1";
        if (d.code() == Code.OUTPUT_TITLE) return "<head";
        if (d.code() == Code.OUTPUT_UNSAFE) {
            if (m.startsWith("inline <script>")) return "<script";
            if (m.startsWith("inline <style>")) return "<style";
            if (m.startsWith("style attribute")) return "style=";
            if (m.startsWith("event handler attribute") && quoted != null) return quoted + "=";
        }
        return null;
    }
}
