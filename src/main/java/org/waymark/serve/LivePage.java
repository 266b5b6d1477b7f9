package org.waymark.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What serve adds to each HTML page it sends, and only there: a stylesheet and a script, both
 * files (the site's CSP allows no inline code), that reload the page after a build and show a
 * build's errors over it. The script carries the number of the build it was served from.
 * Their names carry their hash, so the browser keeps them and a reload does not ask again.
 */
final class LivePage {
    /** One of serve's own files: its address, named by its hash, and its bytes. */
    record File(String path, byte[] bytes) {}

    static final File SCRIPT = file("live", ".js");
    static final File STYLE = file("live", ".css");

    /** Served for every page while no build has succeeded yet; the overlay lists the errors. */
    static final byte[] NO_SITE_YET = ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:\">"
            + "<title>Waymark: no site yet</title></head><body><main><h1>No site yet</h1>"
            + "<p>The first build has errors; this page reloads by itself once they are fixed.</p></main></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private LivePage() {}

    static byte[] inject(byte[] html, Snapshot now) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tags = "<link rel=\"stylesheet\" href=\"" + STYLE.path() + "\"><script src=\"" + SCRIPT.path()
                + "\" data-version=\"" + now.version() + "\" defer></script>";
        int at = page.indexOf("</head>");
        if (at < 0) at = page.indexOf("</HEAD>");
        String out = at < 0 ? tags + page : page.substring(0, at) + tags + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static File file(String name, String extension) {
        try (InputStream in = LivePage.class.getResourceAsStream(name + extension)) {
            if (in == null) throw new UncheckedIOException(new IOException("missing resource " + name + extension));
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new File("/__waymark/" + name + "." + HexFormat.of().formatHex(digest, 0, 4) + extension, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
