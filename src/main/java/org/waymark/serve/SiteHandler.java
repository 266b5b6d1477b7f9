package org.waymark.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.waymark.output.OutputFile;

/**
 * Serves the files of the current snapshot: GET and HEAD only; a folder's index.html (a folder
 * named without its slash is redirected to it, so relative links work); the site's own 404
 * page with status 404; and any path that could leave the output folder refused with 400
 * ({@link RequestPath}). HTML pages get the live-reload script; the site itself is unchanged.
 */
final class SiteHandler implements HttpHandler {
    /** The headers the README recommends for any server of the site, and no caching. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; "
            + "form-action 'none'";

    /** For a file whose name is its bytes' hash: the same name never means other bytes. */
    static final String KEEP = "max-age=31536000, immutable";

    private final Supplier<Snapshot> site;

    SiteHandler(Supplier<Snapshot> site) {
        this.site = site;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are served.\n"), head);
                return;
            }
            java.net.URI uri = exchange.getRequestURI();
            // "//etc/passwd" parses as a host and a path: refused rather than served as /passwd
            boolean hostWithoutScheme = uri.getRawAuthority() != null && uri.getScheme() == null;
            Optional<String> path = hostWithoutScheme ? Optional.empty() : RequestPath.of(uri.getRawPath());
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes("Refused: that path is not inside the site.\n"),
                        head);
                return;
            }
            Snapshot now = site.get();
            if (!now.hasSite()) {
                send(exchange, 503, "text/html; charset=utf-8", LivePage.inject(LivePage.NO_SITE_YET, now), head);
                return;
            }
            String name = path.get();
            if (name.isEmpty() || name.endsWith("/")) name += "index.html";
            OutputFile file = now.files().get(name);
            if (file == null && now.files().containsKey(name + "/index.html")) {
                exchange.getResponseHeaders().set("Location", "/" + name + "/");
                send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to /" + name + "/\n"), head);
                return;
            }
            int status = 200;
            byte[] body = file == null ? null : read(file);
            if (body == null) {
                status = 404;
                name = "404.html";
                OutputFile notFound = now.files().get(name);
                body = notFound == null ? bytes("Not found.\n") : read(notFound);
                if (body == null) body = bytes("Not found.\n");
            }
            String type = ContentTypes.of(name);
            if (type.startsWith("text/html")) body = LivePage.inject(body, now);
            send(exchange, status, type, body, head, status == 200 && Fingerprinted.is(name, body));
        }
    }

    /** A file copied from content/ may have gone since the build; it is then not found. */
    private static byte[] read(OutputFile file) {
        try {
            return file.bytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        send(exchange, status, type, body, head, false);
    }

    /** {@code keep}: the file's name carries its hash, so the browser may keep it (no request on a reload). */
    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head, boolean keep)
            throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", keep ? KEEP : "no-store");
        if (head) {
            h.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
