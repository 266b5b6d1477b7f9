package org.waymark.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.waymark.cli.DiagnosticPrinter;
import org.waymark.load.ContentLoader;
import org.waymark.load.LoadResult;
import org.waymark.model.Site;
import org.waymark.pipeline.Pipeline;

/** Test projects: written from strings into a temp folder, built through the real pipeline. */
public final class Projects {
    private Projects() {}

    /** Writes {@code files} (path relative to the project -> text) under {@code dir}. */
    public static Path write(Path dir, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    public static Pipeline.Result build(Path project) throws IOException {
        return Pipeline.run(new Pipeline.Options(project, project.resolve("site"), false, false, true));
    }

    /** Builds as {@code waymark build} does: the site it replaces kept as the spare, and the stores beside the site. */
    public static Pipeline.Result buildAsTheCommandDoes(Path project) throws IOException {
        return Pipeline.run(new Pipeline.Options(project, project.resolve("site"), false, false, true, true, true));
    }

    public static Pipeline.Result check(Path project) throws IOException {
        Path scratch = Scratch.dir("wm-check").resolve("site");
        return Pipeline.run(new Pipeline.Options(project, scratch, false, false, false));
    }

    /** A copy of the folder {@code from} at {@code to}: every file a new one (new inode, new times), as a CI cache restores it. */
    public static void copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    /** The project's content/ as the load stage reads it, for tests of a later stage; fails when it does not load. */
    public static Site site(Path project) {
        LoadResult<Site> loaded = ContentLoader.load(project, false);
        if (loaded instanceof LoadResult.Loaded<Site> site) return site.value();
        throw new AssertionError("content/ did not load: " + loaded.diagnostics());
    }

    /** The report as the CLI prints it for people, without colour. */
    public static String human(Pipeline.Result r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DiagnosticPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
                .print(r.report(), DiagnosticPrinter.Format.HUMAN);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The repository's own folder (where pom.xml is). */
    public static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("pom.xml"))) p = p.getParent();
        return p;
    }
}
