package dev.ocfcloud.api.oauth;

import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.user.UserAccount;
import dev.ocfcloud.model.OwnerId;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded OAuth2 provider's settings (see {@code docs/oauth.md}).
 *
 * @param issuer its {@code iss} and the base of its endpoint URLs; empty for {@code
 *     http://127.0.0.1:<bound port>}
 * @param audience the {@code aud} of its access tokens
 * @param ownerClaim the claim that names the owner: {@code sub} (the default: the owner is the
 *     subject) or another name, e.g. {@code tenant}, added to every token
 * @param accessTokenTtl access-token lifetime
 * @param refreshTokenTtl how long a refresh token stays valid unused (each use starts it anew)
 * @param onboardingCodeTtl lifetime of onboarding codes
 * @param authorizationCodeTtl lifetime of codes from the authorization endpoint
 * @param users who can log in
 * @param clients the registered clients
 * @param sweepInterval how often expired codes and refresh tokens are deleted
 */
public record OAuthProviderConfig(
        Optional<String> issuer,
        String audience,
        String ownerClaim,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration onboardingCodeTtl,
        Duration authorizationCodeTtl,
        List<UserAccount> users,
        List<OAuthClient> clients,
        Duration sweepInterval) {
    public static final String DEFAULT_AUDIENCE = "ocf-cloud";
    public static final String SUBJECT_CLAIM = "sub";
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofHours(1);
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(30);
    public static final Duration DEFAULT_ONBOARDING_CODE_TTL = Duration.ofMinutes(10);
    /** RFC 6749 §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED." */
    public static final Duration DEFAULT_AUTHORIZATION_CODE_TTL = Duration.ofMinutes(1);

    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMinutes(5);
    /** Claims the provider sets itself; the owner claim may not be one of them (except {@code sub}). */
    static final Set<String> RESERVED_CLAIMS = Set.of("iss", "aud", "iat", "exp", "nbf", "jti", "scope", "client_id");

    public OAuthProviderConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(ownerClaim, "ownerClaim");
        users = List.copyOf(users);
        clients = List.copyOf(clients);
        requirePositive(accessTokenTtl, "accessTokenTtl");
        requirePositive(refreshTokenTtl, "refreshTokenTtl");
        requirePositive(onboardingCodeTtl, "onboardingCodeTtl");
        requirePositive(authorizationCodeTtl, "authorizationCodeTtl");
        requirePositive(sweepInterval, "sweepInterval");
        if (ownerClaim.isBlank() || RESERVED_CLAIMS.contains(ownerClaim)) {
            throw new IllegalArgumentException("the owner claim may be sub or a claim of its own, not '" + ownerClaim
                    + "' (reserved: " + RESERVED_CLAIMS + ")");
        }
        requireUnique(users.stream().map(UserAccount::username).toList(), "username");
        requireUnique(clients.stream().map(OAuthClient::clientId).toList(), "client id");
    }

    /** Defaults for everything but who may log in and which clients exist. */
    public static OAuthProviderConfig defaults(List<UserAccount> users, List<OAuthClient> clients) {
        return new OAuthProviderConfig(
                Optional.empty(),
                DEFAULT_AUDIENCE,
                SUBJECT_CLAIM,
                DEFAULT_ACCESS_TOKEN_TTL,
                DEFAULT_REFRESH_TOKEN_TTL,
                DEFAULT_ONBOARDING_CODE_TTL,
                DEFAULT_AUTHORIZATION_CODE_TTL,
                users,
                clients,
                DEFAULT_SWEEP_INTERVAL);
    }

    /**
     * The {@code sub} of tokens for {@code name} (a username or client id) with {@code owner}: the
     * owner itself when the owner is the subject, else the name.
     */
    public String subjectFor(String name, OwnerId owner) {
        return ownerIsSubject() ? owner.value() : name;
    }

    /** Whether the owner is the subject (no separate owner claim). */
    public boolean ownerIsSubject() {
        return ownerClaim.equals(SUBJECT_CLAIM);
    }

    public OAuthProviderConfig withIssuer(String issuer) {
        return new OAuthProviderConfig(
                Optional.of(issuer),
                audience,
                ownerClaim,
                accessTokenTtl,
                refreshTokenTtl,
                onboardingCodeTtl,
                authorizationCodeTtl,
                users,
                clients,
                sweepInterval);
    }

    public OAuthProviderConfig withOwnerClaim(String ownerClaim) {
        return new OAuthProviderConfig(
                issuer,
                audience,
                ownerClaim,
                accessTokenTtl,
                refreshTokenTtl,
                onboardingCodeTtl,
                authorizationCodeTtl,
                users,
                clients,
                sweepInterval);
    }

    public OAuthProviderConfig withAccessTokenTtl(Duration accessTokenTtl) {
        return new OAuthProviderConfig(
                issuer,
                audience,
                ownerClaim,
                accessTokenTtl,
                refreshTokenTtl,
                onboardingCodeTtl,
                authorizationCodeTtl,
                users,
                clients,
                sweepInterval);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("the " + what + " " + name + " is configured twice");
            }
        }
    }
}
