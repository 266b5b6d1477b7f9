package org.waymark.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.pipeline.Pipeline;

/**
 * Many Markdown texts built as the pages of one site through the real pipeline, each refused
 * or built on its own: a build that fails has the pages its errors are located in taken out,
 * and runs again, until the rest builds. An error located anywhere but in one of the pages
 * fails the test that asked, since every content fault must point at its content.
 */
public final class MarkdownPages {
    /** What became of one page: its diagnostics (the orphan-page warning left out), and its HTML if it built. */
    public sealed interface Result {
        List<Diagnostic> diagnostics();
    }

    public record Built(Document page, List<Diagnostic> diagnostics) implements Result {
        /** The page's Markdown body as written into it (without the theme's anchor link on each heading). */
        public org.jsoup.nodes.Element prose() {
            org.jsoup.nodes.Element prose = page.selectFirst(".prose");
            if (prose != null) prose.select("a.heading-anchor").remove();
            return prose;
        }
    }

    public record Refused(List<Diagnostic> diagnostics) implements Result {
        public Set<String> errorCodes() {
            Set<String> codes = new java.util.TreeSet<>();
            for (Diagnostic d : diagnostics) if (d.isError()) codes.add(d.code().id());
            return codes;
        }
    }

    private MarkdownPages() {}

    /**
     * Builds {@code pages} (name -> whole file text) as {@code content/<name>.md}, beside
     * {@code files} (content path -> bytes) and a site.yaml, in {@code dir}.
     */
    public static Map<String, Result> build(Path dir, Map<String, String> pages, Map<String, byte[]> files,
                                            String siteYaml) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), siteYaml);
        for (var f : files.entrySet()) {
            Path p = content.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        for (var p : pages.entrySet()) Files.writeString(content.resolve(p.getKey() + ".md"), p.getValue());
        Set<String> remaining = new LinkedHashSet<>(pages.keySet());
        Map<String, Result> results = new HashMap<>();
        for (int round = 0; !remaining.isEmpty(); round++) {
            Pipeline.Result r = Projects.build(dir);
            Map<String, List<Diagnostic>> byPage = new HashMap<>();
            List<Diagnostic> elsewhere = new ArrayList<>();
            for (Diagnostic d : r.report().diagnostics()) {
                if (d.code() == Code.ORPHAN_PAGE) continue;
                String name = d.path().startsWith("content/") && d.path().endsWith(".md")
                        ? d.path().substring(8, d.path().length() - 3) : null;
                if (name != null && remaining.contains(name)) {
                    byPage.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
                } else if (d.isError()) {
                    elsewhere.add(d);
                }
            }
            if (!elsewhere.isEmpty() || round > 8) {
                throw new AssertionError("errors not located in a page:\n" + Projects.human(r));
            }
            if (r.ok()) {
                for (String name : remaining) {
                    Path file = dir.resolve("site").resolve(name.equals("index") ? "index.html" : name + "/index.html");
                    results.put(name, new Built(Jsoup.parse(file.toFile(), "UTF-8"), byPage.getOrDefault(name, List.of())));
                }
                break;
            }
            for (var e : byPage.entrySet()) {
                if (e.getValue().stream().noneMatch(Diagnostic::isError)) continue;
                results.put(e.getKey(), new Refused(List.copyOf(e.getValue())));
                Files.delete(content.resolve(e.getKey() + ".md"));
                remaining.remove(e.getKey());
            }
        }
        Map<String, Result> ordered = new LinkedHashMap<>();
        for (String name : pages.keySet()) ordered.put(name, results.get(name));
        return ordered;
    }
}
