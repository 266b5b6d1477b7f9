package org.waymark.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * A store's new bytes written over its old file in place ({@link FileSwap#writeStore}), rather
 * than into a new file renamed over it. The old file's pages are in memory (the build has just
 * read it): at 10,000 pages, a new 11 MB scan store and the old one's deletion took 21 to 33 ms
 * of a rebuild's verify stage, and writing over it takes a few. A store says whether it is
 * whole: its reader checks the magic number at both ends and a CRC-32C of everything between
 * ({@link ScanStoreFile}, search's SearchStore). A reader that catches it half written, or a
 * save cut short, finds nothing usable and reads everything again, as it would with no store.
 */
final class StoreOverwrite {
    private StoreOverwrite() {}

    /**
     * Writes {@code parts} as the whole of {@code file} when it is a regular file with no other
     * name (one a backup linked, say {@code cp -al}, is never written through: that would change
     * the other name too); false, and nothing written, when it is not, or cannot be opened. A
     * write that fails part way deletes the file, and gives true: there is then no store.
     */
    static boolean over(Path file, ByteBuffer[] parts) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(file, "unix:nlink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;  // no such file, or no link count on this file system: written anew
        }
        if (!Boolean.TRUE.equals(a.get("isRegularFile")) || !Integer.valueOf(1).equals(a.get("nlink"))) return false;
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        try (channel) {
            long length = 0;
            for (ByteBuffer p : parts) length += p.remaining();
            while (parts[parts.length - 1].hasRemaining()) channel.write(parts);
            channel.truncate(length);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // its check does not match: the next build reads no page from it
            }
        }
        return true;
    }
}
