package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal a person watches, rather than a file or a CI log. */
final class Terminal {
    private Terminal() {}

    static boolean standardError() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) return false;
        // System.console() speaks for standard input and output; on Linux, ask where error goes.
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd)) return true;
        try {
            String target = fd.toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException e) {
            return false;
        }
    }
}
