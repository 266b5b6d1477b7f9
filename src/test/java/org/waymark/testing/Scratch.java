package org.waymark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temp folders and files for tests that cannot take JUnit's {@code @TempDir} (static helpers,
 * a site built once for a whole class): each is removed when the test JVM exits, so a run of
 * the suite leaves nothing in the system's temp folder.
 */
public final class Scratch {
    private Scratch() {}

    private static final Set<Path> MADE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> MADE.forEach(Scratch::delete), "scratch-cleanup"));
    }

    /** A new empty folder whose name starts with {@code prefix}. */
    public static Path dir(String prefix) {
        try {
            return kept(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file named {@code prefix}…{@code suffix}. */
    public static Path file(String prefix, String suffix) {
        try {
            return kept(Files.createTempFile(prefix, suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path kept(Path p) {
        MADE.add(p);
        return p;
    }

    /** Removes {@code p} and all under it; what cannot be removed stays (a file still open, say). */
    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(q);
                } catch (IOException e) {
                    // left for the system's own cleaning of its temp folder
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the same
        }
    }
}
