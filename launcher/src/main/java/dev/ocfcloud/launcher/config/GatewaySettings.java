package dev.ocfcloud.launcher.config;

import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import java.util.Objects;

/**
 * The gateway's device sessions and the identity provider they use: the token endpoint where
 * devices' codes and refresh tokens are exchanged, and the issuer whose tokens they sign in with.
 *
 * @param nodeId names this gateway process in devices' connection records; blank for a generated one
 */
public record GatewaySettings(
        DeviceSessionConfig sessions, IssuerConfig issuer, TokenEndpointConfig tokenEndpoint, String nodeId) {
    public GatewaySettings {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
