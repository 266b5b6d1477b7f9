package org.waymark.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks over a spare ({@link SpareSite}) before a build writes into it, and makes it fit to be
 * written over: links and anything but plain files and folders are deleted, and so are files
 * with other hard links unless they are this user's to read and write (those are kept as they
 * are, and never written through: {@link SpareSite}); a file or folder of this user's
 * that the user may not write (a deploy script may have made the site read-only) gets the
 * owner's permissions back. An entry of another user's (a site once built with {@code sudo})
 * makes the spare unfit: the build then stages into a fresh folder, as it did before spares.
 */
final class SpareFitness extends SimpleFileVisitor<Path> {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** The owner's read, write and (for a folder) search permissions, as mode bits. */
    private static final int FOLDER = 0700;
    private static final int FILE = 0600;

    private final Object uid;
    private final List<Path> files = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private boolean unfit;

    private SpareFitness(Object uid) {
        this.uid = uid;
    }

    /**
     * What {@code dir} holds once it is fit to be written over by a process whose files get the
     * owner {@code uid} ({@code unix:uid}), or null when it cannot be made so.
     */
    static FolderTree check(Path dir, Object uid) throws IOException {
        SpareFitness walk = new SpareFitness(uid);
        if (!walk.fit(dir, FOLDER)) return null;
        Files.walkFileTree(dir, walk);
        return walk.unfit ? null : new FolderTree(walk.files, walk.folders);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
        return fit(d, FOLDER) ? FileVisitResult.CONTINUE : stop();
    }

    @Override
    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        if (!attrs.isRegularFile()) {
            Files.delete(f);  // a link (the link itself goes, never its target), a pipe, a socket
            return FileVisitResult.CONTINUE;
        }
        Map<String, Object> a = Files.readAttributes(f, "unix:uid,mode,nlink", NOFOLLOW);
        if (!Integer.valueOf(1).equals(a.get("nlink"))) {
            // Shared with another name (the site a build linked it into, a cp -al backup): kept
            // as it is when it is this user's to read and write, as a page whose bytes are
            // unchanged may be left; a write makes a new file (SpareSite). Its permissions are
            // never changed: they are the other name's too.
            if (uid.equals(a.get("uid")) && ((Integer) a.get("mode") & FILE) == FILE) files.add(f);
            else Files.delete(f);
            return FileVisitResult.CONTINUE;
        }
        if (!fit(f, a, FILE)) return stop();
        files.add(f);
        return FileVisitResult.CONTINUE;
    }

    /** A folder this user may not read: given back its permissions, then walked. */
    @Override
    public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
        if (!Files.isDirectory(f, NOFOLLOW) || !fit(f, FOLDER)) return stop();
        Files.walkFileTree(f, this);
        return unfit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) return stop();
        folders.add(d);
        return FileVisitResult.CONTINUE;
    }

    private FileVisitResult stop() {
        unfit = true;
        return FileVisitResult.TERMINATE;
    }

    /**
     * Whether {@code p} is this user's; if so, it is given the owner permissions {@code bits}
     * it lacks. One look at the file system when nothing needs changing.
     */
    private boolean fit(Path p, int bits) throws IOException {
        return fit(p, Files.readAttributes(p, "unix:uid,mode", NOFOLLOW), bits);
    }

    /** The same, with {@code p}'s attributes {@code a} read already. */
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
