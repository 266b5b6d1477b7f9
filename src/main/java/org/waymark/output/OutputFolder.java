package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder is replaced whole by every build, so Waymark only ever replaces a folder
 * it wrote itself (marked by {@link #MARKER}) or an empty one, and never one that holds the
 * project or lies inside its content/ or templates/.
 */
public final class OutputFolder {
    /** Written into every built site; its presence lets the next build replace the folder. */
    public static final String MARKER = ".waymark-site";

    private OutputFolder() {}

    /** Why {@code out} must not be written for {@code project}, if it must not: a clause about "it". */
    public static Optional<String> problem(Path project, Path out) {
        Path p = project.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        if (p.startsWith(o)) {
            return Optional.of("it holds the project itself, and every build replaces its output folder whole");
        }
        for (String own : new String[] {"content", "templates"}) {
            if (o.startsWith(p.resolve(own))) {
                return Optional.of("it is inside the project's " + own + "/ folder");
            }
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return Optional.of("it holds files that Waymark did not write, and every build replaces its output "
                    + "folder whole; choose a new or empty folder, or delete this one");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) return Optional.of("it is a file, not a folder");
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
