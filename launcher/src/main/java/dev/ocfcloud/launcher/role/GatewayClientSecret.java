package dev.ocfcloud.launcher.role;

import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway's client secret at the token endpoint: the configured one, or — for the embedded
 * provider — the one the API role generated under the data folder on its first start.
 */
final class GatewayClientSecret {
    /** Where the embedded provider keeps the generated secret of the {@code gateway} client. */
    static final String GENERATED_SECRET_FILE = "oauth/gateway-client-secret";

    private GatewayClientSecret() {}

    static Future<TokenEndpointConfig> resolve(Vertx vertx, CloudConfig config) {
        TokenEndpointConfig configured = config.gatewaySettings().tokenEndpoint();
        if (!configured.clientSecret().isBlank()) {
            return Future.succeededFuture(configured);
        }
        Path file = config.dataDir().resolve(GENERATED_SECRET_FILE);
        return vertx.executeBlocking(() -> Files.exists(file)
                ? new TokenEndpointConfig(
                        configured.tokenUrl(),
                        configured.clientId(),
                        Files.readString(file, StandardCharsets.UTF_8).strip(),
                        configured.timeout())
                : configured);
    }
}
