package org.waymark.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code waymark serve}: builds the project in memory with drafts, serves it over HTTP, and
 * rebuilds when content/ or templates/ change, telling open pages to reload (or to show the
 * errors) through server-sent events. Nothing is written to disk; site/ is never touched.
 */
public final class Preview implements AutoCloseable {
    /** {@code quiet}: how long the files must be unchanged before a rebuild starts. */
    public record Options(Path project, String host, int port, Duration quiet) {}

    private final LiveSite site;
    private final LiveEvents events;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ChangeWatcher watcher;

    private Preview(LiveSite site, LiveEvents events, HttpServer server, ExecutorService threads,
                    ChangeWatcher watcher) {
        this.site = site;
        this.events = events;
        this.server = server;
        this.threads = threads;
        this.watcher = watcher;
    }

    /**
     * Builds once, then serves and watches. {@code listener} hears of every build (for the
     * terminal). Throws {@link PortInUse} when the port is taken.
     */
    public static Preview start(Options o, Consumer<BuildOutcome> listener) throws IOException {
        LiveEvents events = new LiveEvents();
        LiveSite site = new LiveSite(o.project(), listener, events);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(o.host(), o.port()), 64);
        } catch (BindException e) {
            throw new PortInUse(o.host(), o.port());
        }
        // watching starts before the first build, so a save made during it makes one more
        ChangeWatcher watcher = new ChangeWatcher(o.project(), o.quiet(),
                batch -> site.rebuild(batch.changed(), batch.superseded()));
        site.rebuild(null);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "waymark-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", new SiteHandler(site::current));
        server.createContext("/__waymark/events", exchange -> {
            try (exchange) {
                events.attach(exchange, site.current());
            }
        });
        server.createContext(LivePage.SCRIPT.path(), exchange -> resource(exchange, LivePage.SCRIPT, "text/javascript; charset=utf-8"));
        server.createContext(LivePage.STYLE.path(), exchange -> resource(exchange, LivePage.STYLE, "text/css; charset=utf-8"));
        server.start();
        watcher.start();
        return new Preview(site, events, server, threads, watcher);
    }

    /** The port actually bound (port 0 asks for any free one). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many builds have run, the first included. */
    public int builds() {
        return site.builds();
    }

    /** Ends the quiet spell when {@code marker} changes, not by the clock (tests; see {@link ChangeWatcher}). */
    void endQuietOn(Path marker) {
        watcher.endQuietOn(marker);
    }

    /** How many open pages are listening for reloads. */
    public int openPages() {
        return events.pages();
    }

    private static void resource(HttpExchange exchange, LivePage.File file, String type) throws IOException {
        try (exchange) {
            byte[] body = file.bytes();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", SiteHandler.KEEP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Stops watching, ends every open connection and the server; nothing is left running. */
    @Override
    public void close() throws IOException {
        watcher.close();
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
