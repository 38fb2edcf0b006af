package dev.ocfcloud.api.oauth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.api.oauth.key.KeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Makes the provider's access tokens: JWTs signed ES256 with the key ring's current key, typed
 * {@code at+jwt} (RFC 9068), with {@code iss sub aud iat exp jti scope client_id} and, unless the
 * owner is the subject, the owner claim.
 */
public final class AccessTokenSigner {
    /** RFC 9068 §2.1. */
    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final KeyRing keys;
    private final String issuer;
    private final String audience;
    private final String ownerClaim;
    private final Duration ttl;
    private final Clock clock;

    /** @param ownerClaim the owner's claim; {@code sub} to carry it as the subject */
    public AccessTokenSigner(
            KeyRing keys, String issuer, String audience, String ownerClaim, Duration ttl, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.ownerClaim = ownerClaim;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A signed access token for {@code grant}. */
    public String sign(TokenGrantRequest grant) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(grant.subject())
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", Scopes.format(grant.scopes()))
                .claim("client_id", grant.clientId());
        if (!ownerClaim.equals("sub")) {
            claims.claim(ownerClaim, grant.owner().value());
        }
        ECKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(key.getKeyID())
                        .type(ACCESS_TOKEN_TYPE)
                        .build(),
                claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with key " + key.getKeyID() + " failed", e);
        }
        return jwt.serialize();
    }
}
