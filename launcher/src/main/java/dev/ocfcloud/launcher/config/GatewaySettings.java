package dev.ocfcloud.launcher.config;

import dev.ocfcloud.model.config.DeviceSessionConfig;
import java.util.Objects;

/**
 * The gateway's device sessions. The identity provider it uses (token endpoint, issuer) is the
 * cloud's, from the {@code oauth.*} keys.
 *
 * @param nodeId names this gateway process in devices' connection records; blank for a generated one
 */
public record GatewaySettings(DeviceSessionConfig sessions, String nodeId) {
    public GatewaySettings {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
