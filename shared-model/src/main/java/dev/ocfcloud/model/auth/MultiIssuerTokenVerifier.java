package dev.ocfcloud.model.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.model.Texts;
import dev.ocfcloud.model.error.CloudException;
import io.vertx.core.Future;
import java.text.ParseException;
import java.util.Map;

/**
 * Trusts several issuers at once: reads the (not yet verified) {@code iss} of a token and hands it
 * to that issuer's verifier, which checks everything, {@code iss} included.
 */
public final class MultiIssuerTokenVerifier implements TokenVerifier {
    private final Map<String, TokenVerifier> byIssuer;

    /** @param byIssuer a verifier per {@code iss} value */
    public MultiIssuerTokenVerifier(Map<String, TokenVerifier> byIssuer) {
        this.byIssuer = Map.copyOf(byIssuer);
    }

    @Override
    public Future<VerifiedToken> verify(String jwt) {
        String issuer;
        try {
            SignedJWT parsed = JwksTokenVerifier.parse(jwt);
            JWTClaimsSet claims = parsed.getJWTClaimsSet();
            issuer = claims.getIssuer();
        } catch (ParseException e) {
            return Future.failedFuture(AuthFailures.tokenInvalid("the claims are not a JSON object"));
        } catch (CloudException e) {
            return Future.failedFuture(e);
        }
        TokenVerifier verifier = issuer == null ? null : byIssuer.get(issuer);
        if (verifier == null) {
            return Future.failedFuture(AuthFailures.tokenInvalid("issuer " + Texts.quote(issuer) + " is not trusted"));
        }
        return verifier.verify(jwt);
    }
}
