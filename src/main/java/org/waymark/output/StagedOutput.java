package org.waymark.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder beside the output folder that a build writes into: a fresh one, or the site an
 * earlier build replaced ({@link SpareSite}), written over in place. Only when everything has
 * succeeded is it swapped in (see {@link SiteSwap}); otherwise it is deleted (or kept as the
 * next build's spare) and the previous output stays exactly as it was. Every path is checked
 * to stay inside the folder.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    /** The spare this output writes over, or null for a fresh folder. */
    private final SpareSite spare;
    /** The output this folder is staged for, when a failed build keeps it as that output's spare; else null. */
    private final Path keepFor;
    /** The scans and digests of pages an earlier build made ({@link ScanStore}), or null. */
    private final ScanStore pages;
    /** The scan of each page written, so verify need not read it back: the store's, or this output's own. */
    private final WrittenPages written;
    /**
     * With no spare, the site this build replaces when it is one Waymark wrote: its pages made
     * from the same digest are linked in rather than made again ({@link ScanStore#link}). Else null.
     */
    private final Path live;
    /** Pages linked in from {@link #live}: never written through (it would change the live site). */
    private final Set<Path> linked = ConcurrentHashMap.newKeySet();
    /**
     * Folders this output has made, so a file whose folder is known to be there costs no
     * {@code mkdir} (which fails, and Java then makes an exception and asks again whether it is
     * a folder): the search index writes thousands of files into a few folders.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private StagedOutput(Path dir, SpareSite spare, Path keepFor, ScanStore pages) throws IOException {
        this.dir = dir;
        this.spare = spare;
        this.keepFor = keepFor;
        this.pages = pages;
        this.written = pages != null ? pages.written() : new WrittenPages();
        Path out = keepFor == null ? null : keepFor.toAbsolutePath().normalize();
        this.live = spare == null && pages != null && out != null && SpareSite.supported()
                && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(out.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS) ? out : null;
    }

    public static StagedOutput beside(Path out) throws IOException {
        return beside(out, false);
    }

    /**
     * With {@code spare}, the site an earlier build of {@code out} replaced is written over when
     * there is one, and this folder, if the build fails, is kept as the next build's spare.
     */
    public static StagedOutput beside(Path out, boolean spare) throws IOException {
        return beside(out, spare, spare);
    }

    /** The same, writing over the spare only when {@code claim} ({@link #spareFits}); else staging afresh. */
    public static StagedOutput beside(Path out, boolean spare, boolean claim) throws IOException {
        return beside(out, spare, claim, null);
    }

    /**
     * The same, keeping each page's digest in {@code pages} (may be null) for the next build, and
     * leaving a page of the spare as it is when that store knows it was made from the same digest.
     */
    public static StagedOutput beside(Path out, boolean spare, boolean claim, ScanStore pages) throws IOException {
        Path parent = out.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        String prefix = stagingPrefix(out) + ProcessHandle.current().pid() + "-";
        Path dir = freshFolder(parent, prefix);
        SpareSite taken = spare && claim ? SpareSite.claim(out, dir) : null;
        return new StagedOutput(dir, taken, spare ? out : null, pages);
    }

    /**
     * Whether writing over the spare fits beside a build of {@code documents} content files: what
     * it keeps track of (each file the spare held and each file written, about 2.2 files a
     * document) within a twelfth of the heap. At 100,000 pages under a 2 GB heap, a build over
     * the spare ran out of memory where one staged afresh did not; under 6 GB it fits (measured).
     */
    public static boolean spareFits(int documents, long maxHeap) {
        return documents * 4096L <= maxHeap / 12;
    }

    public static boolean spareFits(int documents) {
        return spareFits(documents, Runtime.getRuntime().maxMemory());
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

    /** Between the output folder's name and the building process's id in a staging folder's name. */
    static final String STAGING = ".staging-";

    /** Staging folders are named after the output and the building process, so leftovers can be told apart. */
    static String stagingPrefix(Path out) {
        return "." + out.toAbsolutePath().normalize().getFileName() + STAGING;
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
        // A page is scanned while its bytes are at hand, not read back by verify (WrittenPages).
        PageScan scan = path.endsWith(".html") ? PageScan.of(bytes) : null;
        if (spare != null) {
            spare.write(p, bytes);
        } else {
            folder(p.getParent());
            if (linked.remove(p)) Files.delete(p);
            Files.write(p, bytes);
        }
        SeenFile seen = scan == null ? null : SeenFile.of(p);
        if (seen != null) written.wrote(seen, scan);
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        Path p = inside(path);
        if (spare != null) {
            spare.copy(p, from);
            return;
        }
        folder(p.getParent());
        // From a stream, so the copy gets the umask's modes rather than the source file's.
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public boolean unchanged(String path, PageDigest digest) throws IOException {
        if (pages == null) return false;
        pages.digest(path, digest);
        Path p = inside(path);
        if (spare != null) return spare.keep(p, f -> pages.holds(f, digest));
        if (live == null) return false;
        Path from = live.resolve(dir.relativize(p).toString());
        folder(p.getParent());
        if (!pages.link(from, p, digest)) return false;
        linked.add(p);
        return true;
    }

    @Override
    public PageDigest madeFrom(String path, PageDigest inputs) throws IOException {
        if (pages == null) return null;
        pages.inputs(path, inputs);
        Path p = inside(path);
        if (spare != null) return pages.madeFrom(p, inputs);
        return live == null ? null : pages.madeFrom(live.resolve(dir.relativize(p).toString()), inputs);
    }

    /** The pages written, with the scans of their bytes ({@link SiteVerifier#verify(StagedOutput, java.util.Map, java.util.Collection)}). */
    WrittenPages written() {
        return written;
    }

    /** The store this output keeps pages in, or null. */
    ScanStore store() {
        return pages;
    }

    @Override
    public boolean keepsPages() {
        return pages != null;
    }

    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) return;
        Files.createDirectories(folder);
        folders.add(folder);
    }

    /**
     * The folder once every file is written: what a spare held that this build did not write
     * is deleted first, so the folder holds exactly the new site (verify reads it).
     */
    public Path complete() throws IOException {
        if (spare != null) spare.prune();
        return dir;
    }

    /** Swaps the staged folder in as {@code out}, and deletes the old one (see {@link SiteSwap#replace}). */
    public void commit(Path out) throws IOException {
        commit(out, false);
    }

    /** {@code keepOld}: the old site becomes the next build's spare (see {@link SiteSwap#replace}). */
    public void commit(Path out, boolean keepOld) throws IOException {
        write(OutputFolder.MARKER, "Written by Waymark. The next build replaces this whole folder.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SiteSwap.replace(dir, out, keepOld);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        if (keepFor == null || !SpareSite.keep(dir, keepFor)) FolderTree.delete(dir);
    }
}
