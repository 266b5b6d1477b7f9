package org.waymark.serve;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.util.OptionalInt;

/** The port asked for is taken; {@link #free} is the next port that was free when looked at, if any. */
public final class PortInUse extends IOException {
    private final int port;
    private final OptionalInt free;

    PortInUse(String host, int port) {
        super("port " + port + " on " + host + " is in use");
        this.port = port;
        this.free = nextFree(host, port);
    }

    public int port() {
        return port;
    }

    public OptionalInt free() {
        return free;
    }

    private static OptionalInt nextFree(String host, int port) {
        for (int p = port + 1; p <= Math.min(65535, port + 100); p++) {
            try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getByName(host))) {
                return OptionalInt.of(p);
            } catch (IOException e) {
                // taken too; try the next
            }
        }
        return OptionalInt.empty();
    }
}
