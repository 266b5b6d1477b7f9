package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The site a build replaced, kept beside the output as {@code .<out>.spare} and written over by
 * the next build in place of a fresh staging folder. A file whose bytes are already there is
 * left as it is (its time too), another is overwritten in place, and what the new site does not
 * have is deleted before verify reads the folder ({@link #prune}). Making every file of a large
 * site anew, and deleting the old ones, is what a rebuild paid for: on ext4, creating files soon
 * after deleting many scans past every recently deleted inode, and a truncated file is flushed
 * when it is closed. Overwriting in place costs neither.
 *
 * <p>The spare is looked over before anything is written into it ({@link SpareFitness}): links,
 * files with other hard links and anything of another user's are never written through. Each
 * write checks its place again: anything but a regular file where a file goes is deleted first,
 * a file with other names (the live site's, when a build linked it in: {@link ScanStore#link})
 * is only read, and replaced by a new file when its bytes differ, and a folder is used only
 * when it is a real folder.
 */
final class SpareSite {
    private static final String SUFFIX = ".spare";
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path dir;
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    /** Real folders, checked or made: a file's folder is looked at once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** What the spare held when it was taken, which {@link #prune} deletes unless written. */
    private final FolderTree held;

    private SpareSite(Path dir, FolderTree held) {
        this.dir = dir;
        this.held = held;
    }

    /**
     * Spares need the link count of a file ({@code unix:nlink}); where the file system does not
     * give it, every build stages into a fresh folder as before.
     */
    static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }

    static Path of(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + SUFFIX);
    }

    /**
     * Takes the spare of {@code out} by renaming it over {@code dir}, an empty folder this
     * process has just made (whose owner tells whose files are fit to write over). Null when
     * there is no spare, or it is unfit ({@link SpareFitness}): {@code dir} is then an empty
     * folder again, and an unfit spare is deleted in the background.
     */
    static SpareSite claim(Path out, Path dir) throws IOException {
        Path spare = of(out);
        if (!supported() || !Files.isDirectory(spare, NOFOLLOW)) return null;
        Object uid = Files.getAttribute(dir, "unix:uid", NOFOLLOW);
        try {
            Files.move(spare, dir, StandardCopyOption.ATOMIC_MOVE);  // replaces the empty folder
        } catch (IOException e) {
            return null;  // another build took it first, or it cannot be renamed: stage afresh
        }
        FolderTree held = SpareFitness.check(dir, uid);
        if (held != null) return new SpareSite(dir, held);
        Path unfit = SiteSwap.discarded(out);
        Files.move(dir, unfit, StandardCopyOption.ATOMIC_MOVE);
        DiscardedSites.deleteInBackground(unfit);
        Files.createDirectory(dir);
        return null;
    }

    /**
     * Puts the folder {@code site} aside as the spare of {@code out}; false when there already is
     * one, or this user may not write the folder (a site once built with {@code sudo}: it would
     * only be found unfit by the next build).
     */
    static boolean keep(Path site, Path out) {
        Path spare = of(out);
        if (!supported() || !Files.isDirectory(site, NOFOLLOW) || !Files.isWritable(site)
                || Files.exists(spare, NOFOLLOW)) {
            return false;
        }
        try {
            Files.move(site, spare, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;  // taken meanwhile, or not renameable here: the caller deletes the folder
        }
    }

    void write(Path p, byte[] bytes) throws IOException {
        folder(p.getParent());
        written.add(p);
        Held held = held(p);
        if (held == Held.SHARED) {
            if (Files.size(p) == bytes.length && sameBytes(p, bytes)) return;  // read, never written through
            Files.delete(p);
        }
        if (held != Held.OWN) {
            Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return;
        }
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE, NOFOLLOW)) {
            if (c.size() == bytes.length && holds(c, bytes)) return;
            ByteBuffer b = ByteBuffer.wrap(bytes);
            c.position(0);
            while (b.hasRemaining()) c.write(b);
            // Never truncated to nothing: ext4 flushes a file truncated to empty when it is closed.
            if (c.size() > bytes.length) c.truncate(bytes.length);
        }
    }

    /**
     * Leaves the file {@code p} as it is, as this build's, when {@code same} says it already holds
     * what this build would write there.
     */
    boolean keep(Path p, Predicate<Path> same) throws IOException {
        folder(p.getParent());
        if (!same.test(p)) return false;
        written.add(p);
        return true;
    }

    void copy(Path p, Path from) throws IOException {
        folder(p.getParent());
        written.add(p);
        if (held(p) != Held.NONE && Files.size(p) == Files.size(from) && Files.mismatch(p, from) == -1) return;
        remove(p);
        // From a stream, so the copy gets the umask's modes rather than the source file's.
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, p);
        }
    }

    /**
     * Deletes what the spare held that this build did not write, then the folders left empty:
     * the folder then holds exactly the new site. Called once every file is written.
     */
    void prune() throws IOException {
        // What a write put in another's place (a folder where a file was, or the reverse) stays,
        // and so does the marker, which the swap writes again with the same bytes.
        Path marker = dir.resolve(OutputFolder.MARKER);
        // Looked up on both cores (each path is hashed for the first time here: at 10,000 pages the
        // 34,000 entries took 15 to 18 ms on one thread), then deleted in the listing's order.
        List<Path> files = held.files().parallelStream()
                .filter(f -> !written.contains(f) && !folders.contains(f) && !f.equals(marker)).toList();
        // The listing names a folder after everything in it, so inner folders go first.
        List<Path> emptied = held.folders().parallelStream()
                .filter(d -> !d.equals(dir) && !folders.contains(d) && !written.contains(d)).toList();
        for (Path f : files) removeListed(f);
        for (Path d : emptied) removeListed(d);
    }

    /**
     * Deletes an entry the listing saw, unless it has gone since: a write may have replaced a
     * folder above it with a file (then the entry's path names nothing, and asking says "not a
     * folder", not "no such file").
     */
    private static void removeListed(Path p) throws IOException {
        try {
            Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
            FolderTree.delete(p);  // something appeared in it meanwhile; it is not part of the site
        } catch (IOException e) {
            if (Files.exists(p, NOFOLLOW)) throw e;
        }
    }

    /** What is at {@code p}: nothing, a regular file of its own, or one that other names share. */
    private enum Held { NONE, OWN, SHARED }

    /**
     * What {@code p} is; anything but a regular file in its place is deleted first (then
     * {@code NONE}). A file with other names (another build's site linked it, or a backup made
     * with {@code cp -al}) may be read but never written: writing it would change the other too.
     */
    private Held held(Path p) throws IOException {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:nlink,isRegularFile", NOFOLLOW);
        } catch (NoSuchFileException e) {
            return Held.NONE;
        }
        if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
            remove(p);
            return Held.NONE;
        }
        return Integer.valueOf(1).equals(a.get("nlink")) ? Held.OWN : Held.SHARED;
    }

    /** Makes sure {@code f} and the folders above it, inside the spare, are real folders. */
    private void folder(Path f) throws IOException {
        if (f.equals(dir) || folders.contains(f)) return;
        folder(f.getParent());
        // One thread at a time past here (once per folder): a second one seeing no folder yet
        // would delete the empty folder the first has just made.
        synchronized (folders) {
            if (folders.contains(f)) return;
            if (!Files.isDirectory(f, NOFOLLOW)) {
                Files.deleteIfExists(f);  // a file or a link where a folder goes (deletes the link, not its target)
                Files.createDirectory(f);
            }
            folders.add(f);
        }
    }

    private static void remove(Path p) throws IOException {
        if (Files.isDirectory(p, NOFOLLOW)) FolderTree.delete(p);
        else Files.deleteIfExists(p);
    }

    private static boolean sameBytes(Path p, byte[] bytes) throws IOException {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ, NOFOLLOW)) {
            return holds(c, bytes);
        }
    }

    private static boolean holds(FileChannel c, byte[] bytes) throws IOException {
        ByteBuffer old = ByteBuffer.allocate(bytes.length);
        while (old.hasRemaining()) {
            if (c.read(old) < 0) return false;
        }
        return java.util.Arrays.equals(old.array(), bytes);
    }
}
