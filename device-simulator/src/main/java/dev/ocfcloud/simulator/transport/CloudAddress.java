package dev.ocfcloud.simulator.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where the cloud listens: a {@code coap+tcp://host[:port]} URI, as the device's {@code cis} (plain TCP only). */
public record CloudAddress(String host, int port) {
    /** RFC 8323 §8.1: the default port of coap+tcp. */
    public static final int DEFAULT_PORT = 5683;

    public CloudAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the cloud address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 1-65535");
        }
    }

    public static CloudAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + text, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("coaps+tcp")) {
            throw new IllegalArgumentException("coaps+tcp (TLS) is not supported by the simulator yet: use coap+tcp");
        }
        if (!scheme.equals("coap+tcp") || uri.getHost() == null) {
            throw new IllegalArgumentException("expected coap+tcp://host[:port], got " + text);
        }
        return new CloudAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
    }

    @Override
    public String toString() {
        return "coap+tcp://" + host + ":" + port;
    }
}
