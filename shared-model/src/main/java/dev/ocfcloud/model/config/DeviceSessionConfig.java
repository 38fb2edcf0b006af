package dev.ocfcloud.model.config;

import java.time.Duration;

/**
 * How the gateway treats each device connection.
 *
 * @param signInTimeout a connection that has not signed in by then is closed
 * @param keepAliveInterval after this long without a frame from the device, the cloud pings it
 * @param keepAliveTimeout a device that then stays silent this long is disconnected
 * @param deviceRequestTimeout how long the cloud waits for the device to answer its requests
 * @param maxInboundRequests requests of one device being worked on at once; more get 5.03
 * @param maxOutboundRequests cloud→device requests (observations included) waiting at once
 * @param maxObservations resources observed per device
 * @param redirectUri sent as {@code redirecturi} in the sign-up answer; a non-empty one makes
 *     iotivity-lite reconnect there, so it stays empty unless devices must move
 */
public record DeviceSessionConfig(
        Duration signInTimeout,
        Duration keepAliveInterval,
        Duration keepAliveTimeout,
        Duration deviceRequestTimeout,
        int maxInboundRequests,
        int maxOutboundRequests,
        int maxObservations,
        String redirectUri) {
    public static DeviceSessionConfig defaults() {
        return new DeviceSessionConfig(
                Duration.ofSeconds(60),
                Duration.ofSeconds(60),
                Duration.ofSeconds(15),
                Duration.ofSeconds(10),
                16,
                256,
                128,
                "");
    }
}
