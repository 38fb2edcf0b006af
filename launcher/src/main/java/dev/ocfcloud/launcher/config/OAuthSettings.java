package dev.ocfcloud.launcher.config;

import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.user.UserAccount;
import dev.ocfcloud.model.auth.IssuerConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issues the cloud's tokens and, for the embedded provider, how (see {@code docs/oauth.md}).
 *
 * @param embedded whether the api role runs the embedded provider
 * @param issuer the trusted issuer; empty for the embedded provider at {@code http://127.0.0.1:<http.port>}
 * @param jwksUrl the issuer's JWKS; empty to find it by OIDC discovery
 * @param tokenUrl the issuer's token endpoint; empty for {@code <issuer>/oauth/token}
 * @param audience the {@code aud} tokens carry; empty to accept any (external IdPs only)
 * @param ownerClaim the claim naming the owner
 * @param clockSkew how far {@code exp}/{@code nbf} may be off
 * @param accessTokenTtl the embedded provider's access-token lifetime
 * @param refreshTokenTtl how long its refresh tokens stay valid unused
 * @param onboardingCodeTtl how long its onboarding codes live
 * @param gatewayClientId the gateway's client id
 * @param gatewayClientSecret the gateway's secret; empty for the generated one under the data folder
 * @param adminClientSecret the admin client's secret; empty for the generated one
 * @param users the embedded provider's users
 * @param clients its clients besides the built-in ones
 */
public record OAuthSettings(
        boolean embedded,
        Optional<String> issuer,
        String jwksUrl,
        String tokenUrl,
        String audience,
        String ownerClaim,
        Duration clockSkew,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration onboardingCodeTtl,
        String gatewayClientId,
        Optional<String> gatewayClientSecret,
        Optional<String> adminClientSecret,
        List<UserAccount> users,
        List<OAuthClient> clients) {
    public OAuthSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(gatewayClientSecret, "gatewayClientSecret");
        Objects.requireNonNull(adminClientSecret, "adminClientSecret");
        users = List.copyOf(users);
        clients = List.copyOf(clients);
    }

    /** The issuer: configured, or the embedded provider on this machine's HTTP port. */
    public String issuer(int httpPort) {
        return issuer.orElse("http://127.0.0.1:" + httpPort);
    }

    /** How the cloud verifies tokens (the gateway at sign-in, the API on every request). */
    public IssuerConfig issuerConfig(int httpPort) {
        Optional<String> requiredAudience = Optional.of(audience).filter(text -> !text.isEmpty());
        return new IssuerConfig(issuer(httpPort), jwksUrl, requiredAudience, ownerClaim, clockSkew);
    }

    /** Where the gateway exchanges codes and refresh tokens. */
    public String tokenEndpoint(int httpPort) {
        return tokenUrl.isEmpty() ? issuer(httpPort) + "/oauth/token" : tokenUrl;
    }

    @Override
    public String toString() {
        return "OAuthSettings[embedded=" + embedded + ", issuer=" + issuer + ", jwksUrl=" + jwksUrl + ", tokenUrl="
                + tokenUrl + ", audience=" + audience + ", ownerClaim=" + ownerClaim + ", users=" + users.size()
                + ", clients=" + clients + "]";
    }
}
