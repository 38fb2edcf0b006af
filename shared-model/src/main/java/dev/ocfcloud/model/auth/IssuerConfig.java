package dev.ocfcloud.model.auth;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One token issuer the cloud trusts.
 *
 * @param issuer the exact {@code iss} value, e.g. {@code https://id.example.com/realms/ocf}
 * @param jwksUrl where its signing keys are; empty to find them by OIDC discovery at {@code
 *     <issuer>/.well-known/openid-configuration} ({@code jwks_uri})
 * @param audience when present, the token's {@code aud} must contain it
 * @param ownerClaim the claim naming the owner (tenant): {@code sub}, or e.g. {@code tenant}, {@code uid}
 * @param clockSkew how far {@code exp} and {@code nbf} may be off
 */
public record IssuerConfig(
        String issuer, String jwksUrl, Optional<String> audience, String ownerClaim, Duration clockSkew) {
    public static final String DEFAULT_OWNER_CLAIM = "sub";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    public IssuerConfig {
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(audience, "audience");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("an issuer needs its iss value");
        }
        if (ownerClaim == null || ownerClaim.isBlank()) {
            throw new IllegalArgumentException("an issuer needs an owner claim");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative");
        }
        jwksUrl = jwksUrl.strip();
    }

    /** The issuer with its keys at {@code jwksUrl}, owner in {@code sub}, no audience check. */
    public static IssuerConfig of(String issuer, String jwksUrl) {
        return new IssuerConfig(issuer, jwksUrl, Optional.empty(), DEFAULT_OWNER_CLAIM, DEFAULT_CLOCK_SKEW);
    }

    /** Where the OIDC discovery document is when no JWKS URL is configured. */
    public String discoveryUrl() {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return base + DISCOVERY_PATH;
    }

    public IssuerConfig withAudience(String audience) {
        return new IssuerConfig(issuer, jwksUrl, Optional.of(audience), ownerClaim, clockSkew);
    }

    public IssuerConfig withOwnerClaim(String ownerClaim) {
        return new IssuerConfig(issuer, jwksUrl, audience, ownerClaim, clockSkew);
    }

    public IssuerConfig withClockSkew(Duration clockSkew) {
        return new IssuerConfig(issuer, jwksUrl, audience, ownerClaim, clockSkew);
    }
}
