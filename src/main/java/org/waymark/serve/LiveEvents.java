package org.waymark.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.waymark.diagnostic.Diagnostic;
import org.waymark.html.ScriptJson;

/**
 * Server-sent events to every open page: after each build, the build's number and its errors.
 * A page reloads when the number differs from the one it was served with, and shows the
 * errors over itself while there are any (live.js). Each open page holds one connection.
 */
final class LiveEvents {
    /** One open page: its stream, and a latch that lets its connection end. */
    private record Client(OutputStream out, CountDownLatch gone) {
        boolean send(String text) {
            try {
                synchronized (out) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                return true;
            } catch (IOException e) {
                gone.countDown();
                return false;
            }
        }
    }

    private volatile boolean closed;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private int connections; // made since the start, guarded by this
    private volatile int sentVersion = -1;
    // a comment line now and then finds pages that went away without a word, so their threads end
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "waymark-serve-ping");
        t.setDaemon(true);
        return t;
    });

    LiveEvents() {
        pings.scheduleWithFixedDelay(() -> publishText(": ping\n\n"), 10, 10, TimeUnit.SECONDS);
    }

    /** Keeps the connection open until the page goes away or the server stops. */
    void attach(HttpExchange exchange, Snapshot now) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody(), new CountDownLatch(1));
        clients.add(client);
        synchronized (this) {
            connections++;
            notifyAll();
        }
        if (closed) client.gone().countDown();
        try {
            if (client.send("retry: 300\n\n" + event(now))) client.gone().await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            exchange.close();
        }
    }

    /** How many connections pages have made since the start. */
    synchronized int connections() {
        return connections;
    }

    /**
     * Waits until {@code count} connections have been made (pages that reloaded connect again),
     * for at most {@code max}: the time a reloading page has before a build's last part competes
     * with it for the processor.
     */
    synchronized void awaitConnections(int count, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        long left;
        while (connections < count && !closed && (left = end - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** How many pages are connected now. */
    int pages() {
        return clients.size();
    }

    /**
     * Sends the state to every open page. When it makes them reload (a new build, no errors),
     * their connections end here: each reloaded page connects again, so {@link #pages} counts
     * only pages still open, not ones closed since (those are found only by a failed write).
     */
    void publish(Snapshot now) {
        boolean reloads = now.errors().isEmpty() && now.version() != sentVersion;
        sentVersion = now.version();
        String text = event(now);
        for (Client c : clients) {
            if (!c.send(text) || reloads) {
                clients.remove(c);
                c.gone().countDown();
            }
        }
    }

    private void publishText(String text) {
        for (Client c : clients) {
            if (!c.send(text)) clients.remove(c);
        }
    }

    /** Ends every connection (the server is stopping). */
    void close() {
        closed = true;
        pings.shutdownNow();
        for (Client c : clients) c.gone().countDown();
    }

    /** One event: JSON on a single data line (ScriptJson escapes line breaks inside strings). */
    static String event(Snapshot now) {
        return "data: " + state(now) + "\n\n";
    }

    static String state(Snapshot now) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Diagnostic d : now.errors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", d.path());
            e.put("line", d.line());
            e.put("column", d.column());
            e.put("code", d.code().id());
            e.put("message", d.message());
            e.put("source", d.sourceLine());
            e.put("hint", d.hint() == null ? "" : d.hint());
            errors.add(e);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", now.version());
        state.put("errors", errors);
        return ScriptJson.write(state);
    }
}
