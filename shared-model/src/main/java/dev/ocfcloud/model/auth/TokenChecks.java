package dev.ocfcloud.model.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.Texts;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of one signed token against one issuer, given the key it names: pure, no I/O. Each
 * failure is an {@link AuthFailures} exception with a detail saying which check failed.
 */
final class TokenChecks {
    /** Asymmetric algorithms only: HMAC would need a shared secret, and {@code none} is never allowed. */
    static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS = Set.of(
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    private final IssuerConfig issuer;

    TokenChecks(IssuerConfig issuer) {
        this.issuer = issuer;
    }

    VerifiedToken verify(SignedJWT jwt, JWK key, Instant now) {
        checkSignature(jwt, key);
        JWTClaimsSet claims = claimsOf(jwt);
        checkIssuer(claims);
        Instant expiresAt = checkLifetime(claims, now);
        checkAudience(claims);
        return new VerifiedToken(
                owner(claims), nullToEmpty(claims.getSubject()), claims.getIssuer(), expiresAt, scopes(claims));
    }

    private static void checkSignature(SignedJWT jwt, JWK key) {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALLOWED_ALGORITHMS.contains(algorithm)) {
            throw AuthFailures.tokenInvalid("algorithm " + algorithm + " is not accepted");
        }
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
            throw AuthFailures.tokenInvalid("key " + key.getKeyID() + " is for " + key.getAlgorithm());
        }
        try {
            if (!jwt.verify(verifierFor(key))) {
                throw AuthFailures.tokenInvalid("the signature does not verify");
            }
        } catch (JOSEException e) {
            throw AuthFailures.tokenInvalid("the signature cannot be checked: " + e.getMessage());
        }
    }

    private static JWSVerifier verifierFor(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec.toPublicJWK());
        }
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toPublicJWK());
        }
        throw new JOSEException("unsupported key type " + key.getKeyType());
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw AuthFailures.tokenInvalid("the claims are not a JSON object");
        }
    }

    private void checkIssuer(JWTClaimsSet claims) {
        if (!issuer.issuer().equals(claims.getIssuer())) {
            throw AuthFailures.tokenInvalid(
                    "issuer " + Texts.quote(claims.getIssuer()) + " is not " + Texts.quote(issuer.issuer()));
        }
    }

    private Instant checkLifetime(JWTClaimsSet claims, Instant now) {
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw AuthFailures.tokenInvalid("the token has no exp");
        }
        Instant expiresAt = exp.toInstant();
        if (!expiresAt.plus(issuer.clockSkew()).isAfter(now)) {
            throw AuthFailures.tokenExpired("the token expired at " + expiresAt);
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(issuer.clockSkew()).isAfter(now)) {
            throw AuthFailures.tokenInvalid("the token is not valid before " + nbf.toInstant());
        }
        return expiresAt;
    }

    private void checkAudience(JWTClaimsSet claims) {
        if (issuer.audience().isEmpty()) {
            return;
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(issuer.audience().get())) {
            throw AuthFailures.tokenInvalid(
                    "audience " + audience + " lacks " + issuer.audience().get());
        }
    }

    private OwnerId owner(JWTClaimsSet claims) {
        Object value = claims.getClaim(issuer.ownerClaim());
        if (!(value instanceof String text) || text.isBlank() || text.length() > OwnerId.MAX_LENGTH) {
            throw AuthFailures.tokenInvalid("owner claim " + issuer.ownerClaim() + " is missing or not a name");
        }
        return OwnerId.of(text);
    }

    /** {@code scope} (RFC 8693 §4.2, RFC 9068: space-separated) or {@code scp} (a list, some IdPs). */
    private static Set<String> scopes(JWTClaimsSet claims) {
        Set<String> scopes = new HashSet<>();
        if (claims.getClaim("scope") instanceof String text) {
            Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        if (claims.getClaim("scp") instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(scopes::add);
        }
        return scopes;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
