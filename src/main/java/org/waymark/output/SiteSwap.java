package org.waymark.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished build in place of the output folder with two renames: the old folder aside,
 * the new one in. A build killed between them leaves the old folder aside under a known name,
 * which the next build puts back before it starts ({@link #recover}), so the output is always
 * whole: the old site or the new one, never a mix.
 */
public final class SiteSwap {
    private SiteSwap() {}

    static Path aside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".previous");
    }

    /**
     * Restores the previous output if an earlier build stopped half-way through a swap, and
     * removes staging folders left by builds that were killed (their process is gone).
     */
    public static void recover(Path out) throws IOException {
        recover(out, false);
    }

    /**
     * The same; with {@code keep}, a staging folder left by a killed build or an old site a
     * finished one left becomes the output's spare ({@link SpareSite}) when it has none, and the
     * rest are deleted on a background thread.
     */
    public static void recover(Path out, boolean keep) throws IOException {
        for (Path p : abandoned(out, StagedOutput.STAGING)) {
            if (!(keep && SpareSite.keep(p, out))) FolderTree.delete(p);
        }
        for (Path discarded : abandoned(out, DISCARDED)) {
            if (keep && SpareSite.keep(discarded, out)) continue;
            if (keep) DiscardedSites.deleteInBackground(discarded);
            else FolderTree.delete(discarded);
        }
        Path old = aside(out);
        if (Files.exists(old)) {
            if (!Files.exists(out)) {
                move(old, out);
            } else {
                FolderTree.delete(old);
            }
        }
    }

    /** Old sites put aside after a swap, named after the output and the building process. */
    private static final String DISCARDED = ".discarded-";

    static Path discarded(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + DISCARDED + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(System.nanoTime(), 36));
    }

    /** Siblings of {@code out} named {@code .<out><infix><pid>-…} whose process is gone. */
    private static java.util.List<Path> abandoned(Path out, String infix) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        return AbandonedFiles.in(abs.getParent(), "." + abs.getFileName() + infix);
    }

    /**
     * Swaps {@code staged} in as {@code out}. The old site is then renamed out of the way (one
     * more rename, after the swap is complete). With {@code keepOld} it becomes the output's
     * spare, which the next build writes over ({@link SpareSite}), or, when there is one already,
     * is deleted on a background thread, so that the build returns as soon as the new site is in
     * place (a deletion the process does not live to finish is finished by the next build's
     * {@link #recover}). Without, it is deleted now.
     */
    static void replace(Path staged, Path out, boolean keepOld) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target) && !Files.exists(target.resolve(OutputFolder.MARKER))) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(target + " was not written by Waymark; refusing to replace it");
                }
            }
        }
        Path old = aside(target);
        recover(target, keepOld);
        synchronized (SWAP) {
            if (Files.exists(target)) move(target, old);
            move(staged, target);
            swapped = true;
        }
        if (!Files.exists(old)) return;
        if (keepOld && SpareSite.keep(old, target)) return;
        Path discarded = discarded(target);
        move(old, discarded);
        if (keepOld) DiscardedSites.deleteInBackground(discarded);
        else FolderTree.delete(discarded);
    }

    /** Held while the two renames of a swap run; see {@link #unlessSwapped}. */
    private static final Object SWAP = new Object();
    private static boolean swapped;

    /**
     * Runs {@code stop} (which ends the process) unless this process has already swapped a new
     * site in, and never half-way through a swap: so a build stopped from another thread leaves
     * either the previous site or the new one, never neither.
     */
    public static void unlessSwapped(Runnable stop) {
        synchronized (SWAP) {
            if (!swapped) stop.run();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
