package dev.ocfcloud.launcher.oauth;

import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.Scopes;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.OAuthSettings;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clients every cloud has: the device gateway (redeems onboarding codes, refreshes device
 * tokens) and {@value #ADMIN_CLIENT_ID} (the CLI: client credentials with {@value Scopes#ADMIN}).
 * Their secrets come from configuration, or from files generated under {@code <dataDir>/oauth}.
 *
 * <p>The methods reading secrets block (file I/O): call them off the event loop.
 */
public final class BuiltInClients {
    public static final String GATEWAY_CLIENT_ID = "gateway";
    public static final String ADMIN_CLIENT_ID = "ocf-admin";
    static final String GATEWAY_SECRET_FILE = "gateway-client-secret";
    static final String ADMIN_SECRET_FILE = "admin-client-secret";

    private BuiltInClients() {}

    /** The gateway's secret: configured, or the generated one. Blocking. */
    public static String gatewaySecret(CloudConfig config) {
        return config.oauth().gatewayClientSecret().orElseGet(() -> generated(config, GATEWAY_SECRET_FILE));
    }

    /** The admin client's secret: configured, or the generated one. Blocking. */
    public static String adminSecret(CloudConfig config) {
        return config.oauth().adminClientSecret().orElseGet(() -> generated(config, ADMIN_SECRET_FILE));
    }

    /** Where the gateway asks for tokens, as whom. Blocking (reads the secret). */
    public static TokenEndpointConfig gatewayTokenEndpoint(CloudConfig config) {
        OAuthSettings oauth = config.oauth();
        return new TokenEndpointConfig(
                oauth.tokenEndpoint(config.http().port()),
                oauth.gatewayClientId(),
                gatewaySecret(config),
                TokenEndpointConfig.DEFAULT_TIMEOUT);
    }

    /** The embedded provider's configuration: users, configured clients and the built-in ones. Blocking. */
    public static OAuthProviderConfig providerConfig(CloudConfig config) {
        OAuthSettings oauth = config.oauth();
        List<OAuthClient> clients = new ArrayList<>(oauth.clients());
        clients.add(new OAuthClient(
                oauth.gatewayClientId(),
                Optional.of(gatewaySecret(config)),
                List.of(),
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                Scopes.DEVICE,
                Optional.empty()));
        clients.add(new OAuthClient(
                ADMIN_CLIENT_ID,
                Optional.of(adminSecret(config)),
                List.of(),
                Set.of(GrantType.CLIENT_CREDENTIALS),
                Set.of(Scopes.ADMIN, "r:*", "w:*"),
                Optional.empty()));
        return new OAuthProviderConfig(
                oauth.issuer(),
                oauth.audience().isEmpty() ? OAuthProviderConfig.DEFAULT_AUDIENCE : oauth.audience(),
                oauth.ownerClaim(),
                oauth.accessTokenTtl(),
                oauth.refreshTokenTtl(),
                oauth.onboardingCodeTtl(),
                OAuthProviderConfig.DEFAULT_AUTHORIZATION_CODE_TTL,
                oauth.users(),
                clients,
                OAuthProviderConfig.DEFAULT_SWEEP_INTERVAL);
    }

    private static String generated(CloudConfig config, String fileName) {
        Path file = config.oauthDataDir().resolve(fileName);
        return ClientSecretFile.readOrCreate(file);
    }
}
