package org.waymark.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Looks over a spare ({@link SpareSite}) before a build writes into it, and makes it fit to be
 * written over: links and anything but plain files and folders are deleted, and so are files
 * with other hard links unless they are this user's to read and write (those are kept as they
 * are, and never written through: {@link SpareSite}); a file or folder of this user's
 * that the user may not write (a deploy script may have made the site read-only) gets the
 * owner's permissions back. An entry of another user's (a site once built with {@code sudo})
 * makes the spare unfit: the build then stages into a fresh folder, as it did before spares.
 *
 * <p>Each entry is asked of the file system once, and the folders are read in parallel: a
 * site has a folder per page, and looking over a 10,000-page spare one entry at a time, twice
 * each, took 230 to 260 ms of a 2.3 s rebuild.
 */
final class SpareFitness {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** The owner's read, write and (for a folder) search permissions, as mode bits. */
    private static final int FOLDER = 0700;
    private static final int FILE = 0600;
    /** The file type in {@code unix:mode}, and its values for a folder and a regular file. */
    private static final int TYPE = 0170000;
    private static final int IS_FOLDER = 0040000;
    private static final int IS_FILE = 0100000;

    private final Object uid;
    private volatile boolean unfit;

    private SpareFitness(Object uid) {
        this.uid = uid;
    }

    /**
     * What {@code dir} holds once it is fit to be written over by a process whose files get the
     * owner {@code uid} ({@code unix:uid}), or null when it cannot be made so.
     */
    static FolderTree check(Path dir, Object uid) throws IOException {
        SpareFitness fitness = new SpareFitness(uid);
        if (!fitness.fit(dir, attributes(dir), FOLDER)) return null;
        FolderTree held = ForkJoinPool.commonPool().invoke(fitness.new Folder(dir));
        return fitness.unfit ? null : held;
    }

    private static Map<String, Object> attributes(Path p) throws IOException {
        return Files.readAttributes(p, "unix:uid,mode,nlink", NOFOLLOW);
    }

    /**
     * One folder, already made fit: its files, then those of its folders, each looked over by a
     * task of its own; its folders are listed after what they hold, and it last.
     */
    private final class Folder extends RecursiveTask<FolderTree> {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        protected FolderTree compute() {
            List<Path> files = new ArrayList<>();
            List<Path> folders = new ArrayList<>();
            List<Folder> inner = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (unfit) break;
                    entry(p, files, inner);
                }
            } catch (IOException e) {
                unfit = true;  // a folder that cannot be read even as its owner's, an entry gone meanwhile
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof IOException)) throw e;
                unfit = true;
            }
            for (FolderTree part : SiteWalk.joined(inner)) {
                files.addAll(part.files());
                folders.addAll(part.folders());
            }
            folders.add(dir);
            return new FolderTree(files, folders);
        }

        private void entry(Path p, List<Path> files, List<Folder> inner) throws IOException {
            Map<String, Object> a = attributes(p);
            int type = (Integer) a.get("mode") & TYPE;
            if (type == IS_FOLDER) {
                if (!fit(p, a, FOLDER)) {
                    unfit = true;
                    return;
                }
                Folder f = new Folder(p);
                f.fork();
                inner.add(f);
            } else if (type != IS_FILE) {
                Files.delete(p);  // a link (the link itself goes, never its target), a pipe, a socket
            } else if (!Integer.valueOf(1).equals(a.get("nlink"))) {
                // Shared with another name (the site a build linked it into, a cp -al backup): kept
                // as it is when it is this user's to read and write, as a page whose bytes are
                // unchanged may be left; a write makes a new file (SpareSite). Its permissions are
                // never changed: they are the other name's too.
                if (uid.equals(a.get("uid")) && ((Integer) a.get("mode") & FILE) == FILE) files.add(p);
                else Files.delete(p);
            } else if (fit(p, a, FILE)) {
                files.add(p);
            } else {
                unfit = true;
            }
        }
    }

    /**
     * Whether {@code p}, with attributes {@code a}, is this user's; if so, it is given the owner
     * permissions {@code bits} it lacks.
     */
    private boolean fit(Path p, Map<String, Object> a, int bits) throws IOException {
        if (!uid.equals(a.get("uid"))) return false;
        int mode = (Integer) a.get("mode");
        if ((mode & bits) == bits) return true;
        Set<PosixFilePermission> more = Files.getPosixFilePermissions(p, NOFOLLOW);
        more.add(PosixFilePermission.OWNER_READ);
        more.add(PosixFilePermission.OWNER_WRITE);
        if (bits == FOLDER) more.add(PosixFilePermission.OWNER_EXECUTE);
        Files.setPosixFilePermissions(p, more);
        return true;
    }
}
