package org.waymark.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the project's content/ and templates/ (every folder in them, and the project folder
 * for either appearing) and hands {@code onChange} the paths that changed (null when events were
 * lost) once the files have been quiet for
 * {@code quiet}: an editor's save is often several events, and rapid saves make one build.
 * Changes made during a build are seen after it and make one more; the build may ask whether
 * there are any ({@link Batch#superseded}) and then not show a result already out of date.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final String[] WATCHED = {"content", "templates"};

    private final Path project;
    private final Duration quiet;
    private final Consumer<Batch> onChange;
    private final WatchService watch;
    private final Thread thread;
    // the changes seen and not yet handed on, kept by the watching thread alone
    private final Set<Path> pending = new HashSet<>();
    private boolean pendingRelevant;
    private boolean ended;
    private volatile Path marker;

    /**
     * The files that changed ({@code changed}, null when events were lost), and a question the
     * build may ask before it shows what it made: whether more changed meanwhile.
     */
    record Batch(Set<Path> changed, java.util.function.BooleanSupplier superseded) {}

    ChangeWatcher(Path project, Duration quiet, Consumer<Batch> onChange) throws IOException {
        this.project = project;
        this.quiet = quiet;
        this.onChange = onChange;
        this.watch = project.getFileSystem().newWatchService();
        project.register(watch, ENTRY_CREATE, ENTRY_DELETE);
        for (String name : WATCHED) registerTree(project.resolve(name));
        this.thread = new Thread(this::run, "waymark-serve-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) d.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException e) {
            // a folder removed while being walked: its parent's events still reach us
        }
    }

    private void run() {
        try {
            while (true) {
                if (!pendingRelevant) pendingRelevant = drain(watch.take(), pending);
                WatchKey more;
                while (!ended && (more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    pendingRelevant |= drain(more, pending);
                }
                ended = false;
                // the files that changed, or null once events were lost and any file may have
                Set<Path> changed = pending.contains(null) ? null : Set.copyOf(pending);
                boolean relevant = pendingRelevant;
                pending.clear();
                pendingRelevant = false;
                if (relevant) onChange.accept(new Batch(changed, this::moreSince));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    /**
     * Whether files changed since the batch in hand was taken (asked by the build, on this
     * thread): those changes wait for the next batch, and the build need not show what it made.
     */
    private boolean moreSince() {
        WatchKey key;
        while ((key = watch.poll()) != null) pendingRelevant |= drain(key, pending);
        return pendingRelevant;
    }

    /**
     * Ends the quiet spell as soon as {@code marker} changes, rather than by the clock: a test's
     * way to know that every save it made before writing the marker (in the marker's folder,
     * whose events arrive in order) is in one batch, however slowly the machine ran.
     */
    void endQuietOn(Path marker) {
        this.marker = marker;
    }

    /**
     * Reads one key's events into {@code changed} (null for lost events), registers new folders,
     * and says whether any concerns content or templates.
     */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (!(e.context() instanceof Path name)) {
                relevant = true; // OVERFLOW: events were lost, so rebuild
                changed.add(null);
                continue;
            }
            Path path = dir.resolve(name);
            if (dir.equals(project) && !isWatched(name)) continue;
            relevant = true;
            changed.add(path);
            if (path.equals(marker)) ended = true;
            if (e.kind() == ENTRY_CREATE && Files.isDirectory(path)) registerTree(path);
        }
        key.reset();
        return relevant;
    }

    private static boolean isWatched(Path name) {
        for (String w : WATCHED) if (name.toString().equals(w)) return true;
        return false;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watch.close();
    }
}
