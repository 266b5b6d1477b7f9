package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Running out of memory is reported, never thrown: a build of a very large knowledge base can
 * need more heap than Java chose, and the author needs to know which setting raises it. By the
 * time this runs the failed build's data is unreachable, so printing has room again. Nothing has
 * been swapped in, so the previous site is as it was.
 */
final class OutOfMemory {
    private OutOfMemory() {}

    /** Whether {@code e} is, or was caused by, running out of heap. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    static int report(PrintWriter err) {
        err.print(message(Runtime.getRuntime().maxMemory(), ""));
        err.flush();
        return Main.USAGE_OR_INTERNAL;
    }

    /** What the author is told, with {@code why} (empty, or ending ", so ") before "this run needed". */
    static String message(long maxHeap, String why) {
        long mb = maxHeap / (1024 * 1024);
        long more = Math.max(256, 2 * mb);
        String n = System.lineSeparator();
        return String.format(Locale.ROOT, "waymark: out of memory: %sthis run needed more than the %d MB of heap Java allowed it.%s", why, mb, n)
                + String.format(Locale.ROOT, "  Give it more heap, e.g. WAYMARK_OPTS=-Xmx%dm waymark build (java -Xmx%dm -jar waymark.jar build%s", more, more, n)
                + "  without the launcher). The previous site was left as it was." + n;
    }
}
