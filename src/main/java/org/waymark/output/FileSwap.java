package org.waymark.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file kept beside a site (a store, a record) written whole: beside the old one as
 * {@code NAME.new-PID}, then renamed over it, so a reader sees the old file or the new one,
 * never half of one. What a killed run left beside it is removed first ({@link AbandonedFiles}).
 * A store that tells a whole file from a half-written one itself is written over its own file
 * in place instead ({@link #writeStore}).
 */
public final class FileSwap {
    private FileSwap() {}

    /** Writes {@code bytes} as {@code file}; false, and nothing changed, when it cannot. */
    public static boolean write(Path file, byte[] bytes) {
        return write(file, new ByteBuffer[] {ByteBuffer.wrap(bytes)}, false);
    }

    /**
     * Writes {@code parts}, one after the other, as {@code file}: a store whose reader checks that
     * it is whole (a magic number at each end and a CRC-32C of what lies between), so it may be
     * written over its old file in place ({@link StoreOverwrite}); else as {@link #write} does.
     * False when nothing could be written; true too when a write in place failed part way and
     * the file was deleted (there is then no store, and the next build reads every page).
     */
    public static boolean writeStore(Path file, ByteBuffer... parts) {
        return write(file, parts, true);
    }

    private static boolean write(Path file, ByteBuffer[] parts, boolean inPlace) {
        Path temp = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
        try {
            for (Path p : AbandonedFiles.in(file.getParent(), file.getFileName() + ".new-")) Files.deleteIfExists(p);
            if (inPlace && StoreOverwrite.over(file, parts)) return true;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                while (parts[parts.length - 1].hasRemaining()) channel.write(parts);
            }
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
