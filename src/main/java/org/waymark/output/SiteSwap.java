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
        removeAbandonedStaging(out);
        Path old = aside(out);
        if (Files.exists(old)) {
            if (!Files.exists(out)) {
                move(old, out);
            } else {
                StagedOutput.delete(old);
            }
        }
    }

    private static void removeAbandonedStaging(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        String prefix = StagedOutput.stagingPrefix(abs);
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) return;
        try (var siblings = Files.list(abs.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) StagedOutput.delete(p);
            }
        }
    }

    static void replace(Path staged, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target) && !Files.exists(target.resolve(OutputFolder.MARKER))) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(target + " was not written by Waymark; refusing to replace it");
                }
            }
        }
        Path old = aside(target);
        recover(target);
        if (Files.exists(target)) move(target, old);
        move(staged, target);
        StagedOutput.delete(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
