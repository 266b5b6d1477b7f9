package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder beside the output folder that a build writes into. Only when everything has
 * succeeded is it swapped in (see {@link SiteSwap}); otherwise it is deleted and the previous
 * output stays exactly as it was. Every path is checked to stay inside the folder.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private boolean committed;

    private StagedOutput(Path dir) {
        this.dir = dir;
    }

    public static StagedOutput beside(Path out) throws IOException {
        Path parent = out.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        return new StagedOutput(freshFolder(parent, stagingPrefix(out) + ProcessHandle.current().pid() + "-"));
    }

    /**
     * A new folder with the modes the user's umask gives any new folder. Not
     * {@code Files.createTempDirectory}: its folder is private (700), and the staging folder
     * becomes the published site, which a web server running as another user must read.
     */
    private static Path freshFolder(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path dir = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** Staging folders are named after the output and the building process, so leftovers can be told apart. */
    static String stagingPrefix(Path out) {
        return "." + out.toAbsolutePath().normalize().getFileName() + ".staging-";
    }

    public Path dir() {
        return dir;
    }

    private Path inside(String path) throws IOException {
        Path p = dir.resolve(path).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) throw new IOException("output path leaves the output folder: " + path);
        return p;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path p = inside(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        Path p = inside(path);
        Files.createDirectories(p.getParent());
        // From a stream, so the copy gets the umask's modes rather than the source file's.
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Swaps the staged folder in as {@code out}. */
    public void commit(Path out) throws IOException {
        write(OutputFolder.MARKER, "Written by Waymark. The next build replaces this whole folder.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SiteSwap.replace(dir, out);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) delete(dir);
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
