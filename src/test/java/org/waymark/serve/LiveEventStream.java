package org.waymark.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The preview's server-sent events as a page receives them, read over a real connection: a
 * test waits on the next build by reading its event, never by sleeping.
 */
final class LiveEventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private HttpURLConnection connection;
    private BufferedReader in;

    LiveEventStream(int port) throws IOException {
        this.port = port;
        connect();
    }

    private void connect() throws IOException {
        connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/__waymark/events").toURL()
                .openConnection();
        // a safety net for a hung server, far above any build here; no assertion depends on it
        connection.setReadTimeout(180_000);
        in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The next state the server sends: {"version": n, "errors": [...]}. The server ends the
     * stream after a state that makes pages reload; like a browser's EventSource (and a page
     * that reloaded), this connects again, and the server starts with its current state.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> next() throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                connection.disconnect();
                connect();
            } else if (line.startsWith("data: ")) {
                return JSON.readValue(line.substring(6), Map.class);
            }
        }
    }

    /** Reads states until one carries errors. */
    Map<String, Object> untilErrors() throws IOException {
        while (true) {
            Map<String, Object> state = next();
            if (!((java.util.List<?>) state.get("errors")).isEmpty()) return state;
        }
    }

    /** Reads states until one has the given version or carries errors. */
    Map<String, Object> until(int version) throws IOException {
        while (true) {
            Map<String, Object> state = next();
            if (((Number) state.get("version")).intValue() == version || !((java.util.List<?>) state.get("errors")).isEmpty()) {
                return state;
            }
        }
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
