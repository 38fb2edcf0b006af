package dev.ocfcloud.model.config;

/**
 * Settings of the device gateway (CoAP over TCP).
 *
 * @param host the address the CoAP listener binds
 * @param coapTcpPort the plain CoAP-over-TCP port (5683 by default, 0 for a random port)
 * @param maxMessageSize the largest frame we accept, announced in our CSM (RFC 8323 §5.3.1)
 */
public record GatewayConfig(String host, int coapTcpPort, int maxMessageSize) {
    public static final int DEFAULT_COAP_TCP_PORT = 5683;
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024;

    public GatewayConfig {
        if (coapTcpPort < 0 || coapTcpPort > 65535) {
            throw new IllegalArgumentException("gateway.coapTcpPort must be 0..65535, was " + coapTcpPort);
        }
        if (maxMessageSize < 1152) {
            // RFC 8323 §5.3.1: the default (and so the least useful) Max-Message-Size is 1152 bytes.
            throw new IllegalArgumentException("gateway.maxMessageSize must be at least 1152, was " + maxMessageSize);
        }
    }

    public static GatewayConfig defaults() {
        return new GatewayConfig("0.0.0.0", DEFAULT_COAP_TCP_PORT, DEFAULT_MAX_MESSAGE_SIZE);
    }
}
