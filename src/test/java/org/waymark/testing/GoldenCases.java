package org.waymark.testing;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The golden cases, src/test/resources/invalid/: small projects that are wrong in one way, each
 * with the expected.txt that InvalidContentGoldenTest compares. A test reads a case from a
 * scratch copy, where faults that cannot be committed as files are made by {@link #SETUP},
 * keyed by the case's folder name: a file too large to keep in git, symbolic links (which not
 * every checkout can hold).
 */
public final class GoldenCases {
    public static final Path ROOT = Projects.repo().resolve("src/test/resources/invalid");

    /** Makes what a case needs beyond its committed files, in the copy. */
    public interface Setup {
        void make(Path project) throws IOException;
    }

    public static final Map<String, Setup> SETUP = Map.of(
            // 5 MiB of Markdown: over the 4 MiB limit for text files (ContentLoader.MAX_TEXT_BYTES).
            "file-too-large", p -> Files.writeString(p.resolve("content/export.md"),
                    "# Export\n\n" + "A line of an exported table.\n".repeat(5 * 1024 * 1024 / 29)),
            // 101 guides beside page/2.md: the guides listing has a second page, where page/2.md goes.
            "listing-page-taken", p -> {
                for (int i = 1; i <= 101; i++) {
                    Files.writeString(p.resolve("content/guides/guide-" + i + ".md"),
                            "---\ntitle: Guide " + i + "\n---\nGuide number " + i + ".\n");
                }
            },
            // One link out of content/ to a file beside it, one to nothing at all.
            "symlink-outside", p -> {
                Files.createSymbolicLink(p.resolve("content/shared.md"), Path.of("../shared/notes.md"));
                Files.createSymbolicLink(p.resolve("content/gone.md"), Path.of("missing.md"));
            });

    private GoldenCases() {}

    /** Every case folder, in name order. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /**
     * A copy of the case (without expected.txt) under {@code scratch}, with its {@link #SETUP}
     * done; the test is skipped where this file system cannot make what the case needs.
     */
    public static Path materialize(Path dir, Path scratch) throws IOException {
        String name = dir.getFileName().toString();
        Path project = scratch.resolve(name);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path rel = dir.relativize(p);
                if (rel.toString().equals("expected.txt")) continue;
                Files.createDirectories(project.resolve(rel).getParent());
                Files.copy(p, project.resolve(rel));
            }
        }
        Files.createDirectories(project);
        Setup setup = SETUP.get(name);
        if (setup != null) {
            try {
                setup.make(project);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Assumptions.abort(name + " needs what this file system cannot make: " + e);
            }
        }
        return project;
    }
}
