package dev.ocfcloud.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback address, for listeners configured as "any port". */
public final class LoopbackPorts {
    private LoopbackPorts() {}

    /**
     * A port that was free on 127.0.0.1 a moment ago. Another process may take it before the caller
     * binds it: acceptable for tests and for internal listeners, which is all this is used for.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback address", e);
        }
    }

    /** {@code port} itself, or a free port when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? free() : port;
    }
}
