package org.waymark.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.waymark.output.AbandonedFiles;

/**
 * The new {@link LoadStore} file a build writes, as {@code <store>.new-<pid>-<n>} beside the old one,
 * and renames over it when whole; the loader's threads append to it as they parse. A build
 * killed before the rename leaves it behind, and the next build deletes it.
 */
final class StoreFile {
    private final Path target;
    private final String header;
    private Path temp;
    private FileChannel out;
    // records gather here and go to the file a megabyte at a time: one system call per record,
    // under the lock, held the loader's threads up
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 20);
    private long end;  // where the next record starts, counting what is pending
    private long flushed;
    private boolean failed;

    StoreFile(Path target, String header) {
        this.target = target;
        this.header = header;
    }

    /** Appends a record; its offset, or -1 when the file cannot be written (then nothing is saved). */
    synchronized long append(byte[] record) {
        if (!ready()) return -1;
        try {
            long at = end;
            write(ByteBuffer.wrap(record));
            return at;
        } catch (IOException e) {
            failed = true;
            return -1;
        }
    }

    /** Copies a record of the old file; its offset here, or -1. */
    synchronized long copy(FileChannel from, long at, int length) {
        if (!ready()) return -1;
        try {
            long offset = end;
            write(ByteBuffer.wrap(LoadStore.read(from, at, length)));
            return offset;
        } catch (IOException e) {
            failed = true;
            return -1;
        }
    }

    /** A record appended earlier, read back ({@link LoadStore}: added to the old file rather than this one). */
    synchronized byte[] read(long at, int length) throws IOException {
        if (!ready()) throw new IOException("the new store could not be written");
        flush();
        return LoadStore.read(out, at, length);
    }

    boolean failed() {
        return failed;
    }

    /** Appends the index and the trailer ({@link LoadStore#TRAILER}), and renames the file into place. */
    synchronized void finish(byte[] index) {
        if (!ready()) return;
        try {
            long at = end;
            write(ByteBuffer.wrap(index));
            write(StoreIndex.trailer(at, index));
            flush();
            out.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            failed = true;
        }
    }

    /** Closes the file and deletes it unless it was renamed into place. */
    synchronized void closeAndDiscard() {
        try {
            if (out != null) out.close();
            if (temp != null) Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover is deleted by the next build (removeAbandoned)
        }
    }

    private boolean ready() {
        if (failed) return false;
        if (out != null) return true;
        try {
            // the output's parent folder is made later, by the render stage; a first build makes it here
            Files.createDirectories(target.toAbsolutePath().getParent());
            temp = target.resolveSibling(target.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(System.nanoTime(), 36));
            out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            StoreBytes.Out head = new StoreBytes.Out();
            head.i32(LoadStore.MAGIC);
            head.string(header);
            write(ByteBuffer.wrap(head.toBytes()));
            return true;
        } catch (IOException e) {
            failed = true;
            return false;
        }
    }

    private void write(ByteBuffer buf) throws IOException {
        end += buf.remaining();
        if (buf.remaining() > pending.remaining()) flush();
        if (buf.remaining() > pending.capacity()) {
            while (buf.hasRemaining()) flushed += out.write(buf, flushed);
        } else {
            pending.put(buf);
        }
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) flushed += out.write(pending, flushed);
        pending.clear();
    }

    /** Deletes {@code <store>.new-<pid>-<n>} files whose process is gone. */
    static void removeAbandoned(Path target) {
        try {
            for (Path p : AbandonedFiles.in(target.getParent(), target.getFileName() + ".new-")) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // tried again next build
        }
    }
}
