package org.waymark.load;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.waymark.diagnostic.Code;
import org.waymark.diagnostic.Diagnostic;

/**
 * Lists the files of content/. Symbolic links are followed only while they stay inside
 * content/ (one leading out is reported and skipped); names starting with '.' are skipped.
 */
final class ContentScanner {
    /** A file under content/, and its size in bytes when found (0 when loaded on its own, unscanned). */
    record Found(String relative, Path file, long size) {
        Found(String relative, Path file) {
            this(relative, file, 0);
        }
    }

    private ContentScanner() {}

    /** The files found, with what was skipped; a failure when content/ cannot be listed. */
    static LoadResult<List<Found>> scan(Path contentDir) {
        List<Diagnostic> out = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        try {
            walk(contentDir, found, out);
        } catch (IOException e) {
            out.add(Diagnostic.ofFile("content/", 1, 1, Code.IO_ERROR, "cannot list content/: " + e.getMessage(), null));
            return new LoadResult.Failed<>(out);
        }
        found.sort(java.util.Comparator.comparing(Found::relative));
        return new LoadResult.Loaded<>(List.copyOf(found), out);
    }

    private static void walk(Path contentDir, List<Found> found, List<Diagnostic> out) throws IOException {
        Path root = contentDir.toRealPath();
        Files.walkFileTree(contentDir, java.util.EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(contentDir) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                String rel = relative(contentDir, file);
                if (attrs.isSymbolicLink()) {
                    Path real;
                    try {
                        real = file.toRealPath();
                    } catch (IOException e) {
                        out.add(Diagnostic.ofFile("content/" + rel, 1, 1, Code.SYMLINK_OUTSIDE,
                                "symbolic link leads nowhere; skipped", null));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!real.startsWith(root)) {
                        out.add(Diagnostic.ofFile("content/" + rel, 1, 1, Code.SYMLINK_OUTSIDE,
                                "symbolic link leads outside content/; not read", "copy the file into content/ instead"));
                        return FileVisitResult.CONTINUE;
                    }
                    BasicFileAttributes target;
                    try {
                        target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        return FileVisitResult.CONTINUE;  // gone since: as a link to something not a file
                    }
                    if (!target.isRegularFile()) return FileVisitResult.CONTINUE;
                    found.add(new Found(rel, real, target.size()));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) found.add(new Found(rel, file, attrs.size()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                String rel = relative(contentDir, file);
                out.add(Diagnostic.ofFile("content/" + rel, 1, 1, Code.IO_ERROR, "cannot read: " + exc.getMessage(),
                        null));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The path under content/ with '/' between its names, whatever the platform's separator; a
     * '\\' in a name (legal on Linux and macOS) stays part of that name.
     */
    static String relative(Path contentDir, Path file) {
        StringBuilder b = new StringBuilder();
        for (Path name : contentDir.relativize(file)) {
            if (b.length() > 0) b.append('/');
            b.append(name);
        }
        return b.toString();
    }
}
