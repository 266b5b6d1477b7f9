package org.waymark.cli;

import java.io.PrintWriter;

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

    static int report(PrintWriter err, String command) {
        err.print(message(Runtime.getRuntime().maxMemory(), "", command));
        err.flush();
        return Main.USAGE_OR_INTERNAL;
    }

    /**
     * What the author is told, with {@code why} (empty, or ending ", so ") before "this run
     * needed", and the subcommand that ran ({@code build}, {@code check}, …) in the example.
     */
    static String message(long maxHeap, String why, String command) {
        long mb = maxHeap / (1024 * 1024);
        long more = Math.max(256, 2 * mb);
        String n = System.lineSeparator();
        // made before every run (HeapWatch), so plain concatenation: String.format's first use
        // costs a few milliseconds of a small site's build
        return "waymark: out of memory: " + why + "this run needed more than the " + mb + " MB of heap Java allowed it." + n
                + "  Give it more heap, e.g. WAYMARK_OPTS=-Xmx" + more + "m waymark " + command
                + " (java -Xmx" + more + "m -jar waymark.jar " + command + n
                + "  without the launcher)." + (command.equals("build") ? " The previous site was left as it was." : "") + n;
    }

    /** The subcommand {@code args} run, for the message: build when none is named. */
    static String command(String... args) {
        return args.length > 0 && args[0].matches("[a-z]+") ? args[0] : "build";
    }
}
