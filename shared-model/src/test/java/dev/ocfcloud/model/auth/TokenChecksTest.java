package dev.ocfcloud.model.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TokenChecksTest {
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final IssuerConfig ISSUER = new IssuerConfig(
            "https://id.example", "https://id.example/jwks", Optional.of("ocf-cloud"), "sub", Duration.ofSeconds(60));

    private final ECKey key = generate("k1");
    private final ECKey otherKey = generate("k1");

    @Test
    void acceptsAValidTokenAndReadsOwnerSubjectExpiryAndScopes() throws Exception {
        VerifiedToken token = new TokenChecks(ISSUER).verify(sign(key, claims()), key.toPublicJWK(), NOW);

        assertThat(token.owner()).isEqualTo(OwnerId.of("alice"));
        assertThat(token.subject()).isEqualTo("alice");
        assertThat(token.issuer()).isEqualTo("https://id.example");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(token.scopes()).containsExactlyInAnyOrder("r:*", "w:*");
    }

    @Test
    void readsTheOwnerFromTheConfiguredClaim() throws Exception {
        SignedJWT jwt = sign(key, with(b -> b.claim("tenant", "acme")));

        VerifiedToken token = new TokenChecks(ISSUER.withOwnerClaim("tenant")).verify(jwt, key.toPublicJWK(), NOW);

        assertThat(token.owner()).isEqualTo(OwnerId.of("acme"));
        assertThat(token.subject()).isEqualTo("alice");
    }

    @Test
    void readsScopesFromAnScpList() throws Exception {
        SignedJWT jwt = sign(key, with(b -> b.claim("scope", null).claim("scp", List.of("a", "b"))));

        assertThat(new TokenChecks(ISSUER).verify(jwt, key.toPublicJWK(), NOW).scopes())
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void toleratesExpiryWithinTheClockSkew() throws Exception {
        SignedJWT jwt = sign(key, with(b -> b.expirationTime(Date.from(NOW.minusSeconds(30)))));

        assertThat(new TokenChecks(ISSUER).verify(jwt, key.toPublicJWK(), NOW).owner())
                .isEqualTo(OwnerId.of("alice"));
    }

    @Test
    void refusesExpiryBeyondTheClockSkewAsExpired() throws Exception {
        SignedJWT jwt = sign(key, with(b -> b.expirationTime(Date.from(NOW.minusSeconds(61)))));

        assertRefused(jwt, ISSUER, ErrorCode.AUTH_TOKEN_EXPIRED);
    }

    @Test
    void refusesATokenNotYetValid() throws Exception {
        assertRefused(
                sign(key, with(b -> b.notBeforeTime(Date.from(NOW.plusSeconds(120))))),
                ISSUER,
                ErrorCode.AUTH_TOKEN_INVALID);
    }

    @Test
    void refusesAnotherIssuerAnotherAudienceAndNoExpiry() throws Exception {
        assertRefused(sign(key, with(b -> b.issuer("https://evil.example"))), ISSUER, ErrorCode.AUTH_TOKEN_INVALID);
        assertRefused(sign(key, with(b -> b.audience("other"))), ISSUER, ErrorCode.AUTH_TOKEN_INVALID);
        assertRefused(sign(key, with(b -> b.expirationTime(null))), ISSUER, ErrorCode.AUTH_TOKEN_INVALID);
    }

    @Test
    void skipsTheAudienceCheckWhenNoneIsConfigured() throws Exception {
        IssuerConfig anyAudience = IssuerConfig.of("https://id.example", "https://id.example/jwks");

        assertThat(new TokenChecks(anyAudience)
                        .verify(sign(key, with(b -> b.audience("other"))), key.toPublicJWK(), NOW)
                        .owner())
                .isEqualTo(OwnerId.of("alice"));
    }

    @Test
    void refusesAMissingOwnerClaim() throws Exception {
        assertRefused(sign(key, claims()), ISSUER.withOwnerClaim("tenant"), ErrorCode.AUTH_TOKEN_INVALID);
    }

    @Test
    void refusesASignatureByAnotherKeyAndATamperedPayload() throws Exception {
        SignedJWT byOther = sign(otherKey, claims());
        assertThatThrownBy(() -> new TokenChecks(ISSUER).verify(byOther, key.toPublicJWK(), NOW))
                .isInstanceOfSatisfying(
                        CloudException.class,
                        e -> assertThat(e.error().code()).isEqualTo(ErrorCode.AUTH_TOKEN_INVALID));

        String[] parts = sign(key, claims()).serialize().split("\\.");
        String forged = sign(key, with(b -> b.subject("mallory"))).serialize().split("\\.")[1];
        SignedJWT tampered = SignedJWT.parse(parts[0] + "." + forged + "." + parts[2]);
        assertRefused(tampered, ISSUER, ErrorCode.AUTH_TOKEN_INVALID);
    }

    @Test
    void basicAuthenticationFormEncodesIdAndSecret() {
        // RFC 6749 §2.3.1: "client:1" and "s p&" become "client%3A1:s+p%26" before Base64.
        assertThat(HttpTokenEndpointClient.basic("client:1", "s p&")).isEqualTo("Basic Y2xpZW50JTNBMTpzK3AlMjY=");
    }

    private void assertRefused(SignedJWT jwt, IssuerConfig issuer, ErrorCode code) {
        assertThatThrownBy(() -> new TokenChecks(issuer).verify(jwt, key.toPublicJWK(), NOW))
                .isInstanceOfSatisfying(
                        CloudException.class, e -> assertThat(e.error().code()).isEqualTo(code));
    }

    private static JWTClaimsSet claims() {
        return with(b -> b);
    }

    private static JWTClaimsSet with(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer("https://id.example")
                .subject("alice")
                .audience("ocf-cloud")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("scope", "r:* w:*");
        return change.apply(builder).build();
    }

    private static SignedJWT sign(ECKey key, JWTClaimsSet claims) throws JOSEException, ParseException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return SignedJWT.parse(jwt.serialize());
    }

    private static ECKey generate(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
