package org.waymark.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports follow the pipeline downwards and never come back up: a package may use only the
 * packages listed after it here. Leaves at the bottom (text, diagnostic, model) use no stage.
 * Any reference counts, imported or written out in full.
 */
class PackageOrderTest {
    static final List<String> ORDER = List.of(
            "cli", "serve", "mkdocs", "pipeline",          // commands, importers, and the pipeline that runs the stages
            "load", "check", "render", "search", "output", // the stages, in pipeline order (search: the index, written beside render)
            "markdown", "paths", "link", "html",           // shared leaves the stages use
            "model", "diagnostic", "text");                // records, findings, positions
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.waymark\\.([a-z]+)\\.[A-Z*]");
    private static final Path MAIN = Path.of("src/main/java/org/waymark");

    @Test
    void everyPackageIsPlacedInTheOrder() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        Set<String> placed = new TreeSet<>(ORDER);
        assertTrue(placed.containsAll(packages), "packages missing from ORDER: " + minus(packages, placed));
    }

    @Test
    void importsOnlyRunDownThePipeline() throws IOException {
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : references().entrySet()) {
            int from = ORDER.indexOf(e.getKey().split("/")[0]);
            for (String to : e.getValue()) {
                if (ORDER.indexOf(to) <= from && !to.equals(e.getKey().split("/")[0])) {
                    wrong.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(to);
                }
            }
        }
        assertEquals(Map.of(), wrong, "file -> packages it must not use (they come before it in the pipeline)");
    }

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : references().entrySet()) {
            String from = e.getKey().split("/")[0];
            for (String to : e.getValue()) if (!to.equals(from)) graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
        List<String> cycle = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (reaches(graph, start, start, new TreeSet<>(), cycle)) break;
        }
        assertEquals(List.of(), cycle, "a cycle between packages");
    }

    private static boolean reaches(Map<String, Set<String>> graph, String at, String goal, Set<String> seen,
                                   List<String> path) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(goal)) {
                path.add(0, at);
                path.add(goal);
                return true;
            }
            if (seen.add(next) && reaches(graph, next, goal, seen, path)) {
                path.add(0, at);
                return true;
            }
        }
        return false;
    }

    /** "package/File.java" -> the org.waymark packages it names. */
    static Map<String, Set<String>> references() throws IOException {
        Map<String, Set<String>> refs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String key = MAIN.relativize(f).toString().replace('\\', '/');
                Set<String> to = new TreeSet<>();
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) to.add(m.group(1));
                refs.put(key, to);
            }
        }
        return refs;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.removeAll(b);
        return r;
    }
}
