package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a Waymark process leaves beside the output while it works (a staging folder, an old site
 * being deleted, a new load store being written), named {@code <prefix><pid>} or
 * {@code <prefix><pid>-…}: once that process is gone, nobody will finish it, and the next build
 * removes it.
 */
public final class AbandonedFiles {
    private AbandonedFiles() {}

    /** The entries of {@code dir} named {@code <prefix><pid>[-…]} whose process is gone. */
    public static List<Path> in(Path dir, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return found;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) found.add(p);
            }
        }
        return found;
    }
}
