package org.waymark.mkdocs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.waymark.model.ContentPath;

/**
 * The files of an MkDocs {@code docs_dir} that the import copies, each by its path relative to
 * it, and what each Markdown page says of itself. Left out, as MkDocs leaves them out: names
 * starting with '.', the top-level {@code templates/} folder, and a README.md beside an
 * index.md. Symbolic links are followed only while they stay inside the folder.
 */
final class DocsFolder {
    private final String name;
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<String, MarkdownPage> pages = new LinkedHashMap<>();

    private DocsFolder(String name) {
        this.name = name;
    }

    /** {@code name}: the folder as mkdocs.yml names it ("docs"), for messages. */
    static DocsFolder scan(Path root, String name, List<Leftover> leftovers) throws IOException {
        DocsFolder docs = new DocsFolder(name.endsWith("/") ? name : name + "/");
        docs.walk(root.toRealPath(), leftovers);
        docs.dropReadmesBesideIndexes(leftovers);
        for (String rel : docs.files.keySet()) {
            if (new ContentPath(rel).isMarkdown()) docs.pages.put(rel, MarkdownPage.read(docs.files.get(rel)));
        }
        return docs;
    }

    private void walk(Path root, List<Leftover> leftovers) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                String rel = relative(root, dir);
                if (dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                if (rel.equals("templates")) {
                    leftovers.add(new Leftover(name + "templates/", "theme templates",
                            "MkDocs leaves this folder out of the site; Waymark's templates are FreeMarker, in templates/"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = relative(root, file);
                if (file.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                Path real = file;
                if (attrs.isSymbolicLink()) {
                    real = file.toRealPath();
                    if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                        leftovers.add(new Leftover(name + rel, "a symbolic link",
                                "it leads outside " + name + " or to no file; copy the file in instead"));
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                files.put(rel, real);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void dropReadmesBesideIndexes(List<Leftover> leftovers) {
        for (String rel : new ArrayList<>(files.keySet())) {
            ContentPath p = new ContentPath(rel);
            if (p.isIndex() && !p.fileName().equals("index.md") && files.containsKey(p.folder() + "index.md")) {
                files.remove(rel);
                leftovers.add(new Leftover(name + rel, "a README.md beside index.md",
                        "MkDocs leaves it out of the site, and Waymark takes either as the folder's page: not copied"));
            }
        }
    }

    String name() {
        return name;
    }

    Map<String, Path> files() {
        return files;
    }

    boolean isPage(String rel) {
        return pages.containsKey(rel);
    }

    MarkdownPage page(String rel) {
        return pages.get(rel);
    }

    Map<String, MarkdownPage> pages() {
        return pages;
    }

    /** The folder's index page (index.md or README.md), if it has one. */
    Optional<String> indexOf(String folder) {
        return pages.keySet().stream().filter(rel -> new ContentPath(rel).isIndex()
                && new ContentPath(rel).folder().equals(folder)).findFirst();
    }
}
