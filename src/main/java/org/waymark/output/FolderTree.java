package org.waymark.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything under a folder, links never followed (a link is an entry, like a file): each
 * folder listed after what it holds, so deleting in the order given empties a folder before it
 * goes. An entry that vanishes while the tree is listed is left out.
 */
record FolderTree(List<Path> files, List<Path> folders) {
    static FolderTree of(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        return new FolderTree(files, folders);
    }
}
