package org.waymark.serve;

import java.nio.charset.StandardCharsets;

/**
 * What serve adds to each HTML page it sends, and only there: a stylesheet and a script, both
 * files (the site's CSP allows no inline code), that reload the page after a build and show a
 * build's errors over it. The script carries the number of the build it was served from.
 */
final class LivePage {
    static final String SCRIPT = "/__waymark/live.js";
    static final String STYLE = "/__waymark/live.css";

    /** Served for every page while no build has succeeded yet; the overlay lists the errors. */
    static final byte[] NO_SITE_YET = ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:\">"
            + "<title>Waymark: no site yet</title></head><body><main><h1>No site yet</h1>"
            + "<p>The first build has errors; this page reloads by itself once they are fixed.</p></main></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private LivePage() {}

    static byte[] inject(byte[] html, Snapshot now) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tags = "<link rel=\"stylesheet\" href=\"" + STYLE + "\"><script src=\"" + SCRIPT
                + "\" data-version=\"" + now.version() + "\" defer></script>";
        int at = page.indexOf("</head>");
        if (at < 0) at = page.indexOf("</HEAD>");
        String out = at < 0 ? tags + page : page.substring(0, at) + tags + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
