package org.waymark.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.waymark.pipeline.Progress;

/**
 * One line on a terminal that shows the stage a run is in, with its counts and the time so far
 * ("Rendering pages 4,211/10,017 · 3.2 s"), redrawn in place. It appears only once a run has
 * taken longer than {@link #SHOW_AFTER_MILLIS}, so a quick build prints nothing extra, and it is
 * wiped before the report is printed. Off a terminal (a CI log) it is never drawn at all.
 */
final class ProgressLine implements Progress, AutoCloseable {
    static final long SHOW_AFTER_MILLIS = 1000;
    private static final long REDRAW_MILLIS = 200;
    private static final String CLEAR = "\r\u001b[K";

    private final PrintStream out;
    private final long showAfterNanos;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private ScheduledExecutorService ticker;
    private volatile Stage stage;
    private boolean shown;
    private boolean closed;

    ProgressLine(PrintStream out, long showAfterMillis, boolean enabled) {
        this.out = out;
        this.showAfterNanos = TimeUnit.MILLISECONDS.toNanos(showAfterMillis);
        this.enabled = enabled;
    }

    /** A line that redraws itself when {@code out} is a terminal and not {@code quiet}; else one that never draws. */
    static ProgressLine on(PrintStream out, boolean terminal, boolean quiet) {
        ProgressLine line = new ProgressLine(out, SHOW_AFTER_MILLIS, terminal && !quiet);
        if (line.enabled) line.start();
        return line;
    }

    private void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "waymark-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void begin(Stage stage) {
        this.stage = stage;
    }

    /** Draws the line once, if the run has gone on long enough to show it. */
    synchronized void tick() {
        long elapsed = System.nanoTime() - start;
        Stage now = stage;
        if (!enabled || closed || now == null || elapsed < showAfterNanos) return;
        out.print(CLEAR + text(now, elapsed));
        out.flush();
        shown = true;
    }

    static String text(Stage s, long elapsedNanos) {
        String counts = s.total() > 0
                ? String.format(Locale.ROOT, " %,d/%,d", Math.min(s.done().getAsInt(), s.total()), s.total()) : "";
        return String.format(Locale.ROOT, "%s%s · %.1f s", s.doing(), counts, elapsedNanos / 1e9);
    }

    /** Stops redrawing and wipes the line, so that what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) ticker.shutdownNow();
        if (shown) {
            out.print(CLEAR);
            out.flush();
        }
    }
}
