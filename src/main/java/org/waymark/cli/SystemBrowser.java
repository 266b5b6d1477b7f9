package org.waymark.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Opens an address in the desktop's default browser ({@code serve --open}), or says it could not. */
final class SystemBrowser {
    private SystemBrowser() {}

    static void open(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", url)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.err.println("waymark: could not open a browser (" + command.get(0) + "); open " + url + " yourself");
        }
    }
}
