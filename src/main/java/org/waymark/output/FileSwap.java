package org.waymark.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small file kept beside a site (a store, a record) written whole: beside the old one as
 * {@code NAME.new-PID}, then renamed over it, so a reader sees the old file or the new one,
 * never half of one. What a killed run left beside it is removed first ({@link AbandonedFiles}).
 */
public final class FileSwap {
    private FileSwap() {}

    /** Writes {@code bytes} as {@code file}; false, and nothing changed, when it cannot. */
    public static boolean write(Path file, byte[] bytes) {
        Path temp = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
        try {
            for (Path p : AbandonedFiles.in(file.getParent(), file.getFileName() + ".new-")) Files.deleteIfExists(p);
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // written over by the next write, or removed as abandoned
            }
            return false;
        }
    }
}
