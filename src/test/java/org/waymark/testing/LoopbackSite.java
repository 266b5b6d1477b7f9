package org.waymark.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served on 127.0.0.1 with the HTTP headers the README recommends, including a
 * real Content-Security-Policy header. Paths are taken undecoded from the raw URI and must stay
 * inside the site (the JDK's decoded path would let %2e%2e out).
 */
public final class LoopbackSite implements AutoCloseable {
    public static final String CSP = "default-src 'self'; img-src 'self' data:";

    private final HttpServer server;

    private LoopbackSite(HttpServer server) {
        this.server = server;
    }

    public static LoopbackSite serve(Path site) throws IOException {
        return serve(site, "'self'");
    }

    /** As {@link #serve(Path)}, letting pages be framed by {@code frameAncestors} (a CSP source list). */
    public static LoopbackSite serve(Path site, String frameAncestors) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path root = site.toRealPath();
        server.createContext("/", exchange -> {
            String raw = exchange.getRequestURI().getRawPath();
            Path file = null;
            if (!raw.contains("%2e") && !raw.contains("%2E") && !raw.contains("%2f") && !raw.contains("%2F")) {
                file = root.resolve(URI.create(raw).getPath().substring(1)).normalize();
                if (Files.isDirectory(file)) file = file.resolve("index.html");
            }
            boolean ok = file != null && file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = ok ? Files.readAllBytes(file) : new byte[0];
            String name = ok ? file.getFileName().toString() : "";
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP + "; frame-ancestors " + frameAncestors);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(ok ? 200 : 404, body.length == 0 ? -1 : body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return new LoopbackSite(server);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
