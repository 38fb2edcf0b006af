package dev.ocfcloud.simulator.state;

import java.util.Map;

/**
 * What a device keeps across restarts, as a real device keeps its cloud configuration: its identity,
 * the tokens from sign-up/refresh and the {@code ins} the cloud acknowledged per published href.
 * The token fields are null before sign-up.
 *
 * @param expiresIn the token lifetime last announced by the cloud, in seconds; -1 is a permanent token
 * @param obtainedAtMillis when that lifetime was announced (epoch milliseconds)
 */
public record DeviceRecord(
        String di,
        String name,
        String uid,
        String accessToken,
        String refreshToken,
        Long expiresIn,
        Long obtainedAtMillis,
        Map<String, Long> published) {
    public DeviceRecord {
        published = published == null ? Map.of() : Map.copyOf(published);
    }

    /** A device that has not signed up yet. */
    public static DeviceRecord unregistered(String di, String name) {
        return new DeviceRecord(di, name, null, null, null, null, null, Map.of());
    }

    public boolean registered() {
        return uid != null && refreshToken != null;
    }
}
