package org.waymark.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another site on 127.0.0.1 (its own port, so its own origin) that hosts embeds: pages held in
 * memory, each served with the Content-Security-Policy header given, as a wiki would send it.
 */
public final class HostSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private volatile String csp = "default-src 'self'";

    private HostSite(HttpServer server) {
        this.server = server;
    }

    public static HostSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HostSite host = new HostSite(server);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getRawPath().substring(1);
            String text = host.files.get(name);
            byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", host.csp);
            // a browser asks for /favicon.ico on its own: answer it without an error in the console
            int status = text != null ? 200 : name.equals("favicon.ico") ? 204 : 404;
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return host;
    }

    /** Serves {@code text} at {@code /name}. */
    public HostSite put(String name, String text) {
        files.put(name, text);
        return this;
    }

    /** The Content-Security-Policy header every response carries. */
    public HostSite csp(String policy) {
        this.csp = policy;
        return this;
    }

    /** "http://127.0.0.1:port", as the browser names this site's origin. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String name) {
        return origin() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
