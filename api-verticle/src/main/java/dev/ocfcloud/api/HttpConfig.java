package dev.ocfcloud.api;

/**
 * The API's HTTP server.
 *
 * @param host the address it binds
 * @param port its port; 0 for a free one
 * @param maxBodyBytes the largest request body it reads (larger ones get 413)
 */
public record HttpConfig(String host, int port, int maxBodyBytes) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public HttpConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the HTTP host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the HTTP port is 0..65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
    }

    public static HttpConfig of(String host, int port) {
        return new HttpConfig(host, port, DEFAULT_MAX_BODY_BYTES);
    }
}
