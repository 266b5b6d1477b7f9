package org.waymark.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The files of a site on disk, from one walk of its folder. */
final class SiteWalk {
    private SiteWalk() {}

    /**
     * Every regular file under {@code root}, by its path in the site: one walk, each file's type
     * taken from the walk's own attributes rather than asked of the file system again;
     * {@code found} is told of each file, with those attributes, as the walk finds it.
     */
    static List<String> files(Path root, BiConsumer<String, BasicFileAttributes> found) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            private final java.util.ArrayDeque<String> prefixes = new java.util.ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                prefixes.push(dir.equals(root) ? "" : prefixes.peek() + dir.getFileName() + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // A link is counted as what it leads to, as Files.isRegularFile counts it.
                if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                    String f = prefixes.peek() + file.getFileName();
                    files.add(f);
                    found.accept(f, attrs);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                prefixes.pop();
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
