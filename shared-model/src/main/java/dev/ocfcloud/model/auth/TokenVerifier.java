package dev.ocfcloud.model.auth;

import io.vertx.core.Future;

/**
 * Checks an access token (a JWT) and says whose it is.
 *
 * <p>Threading: implementations are safe to share between event loops; the returned future
 * completes on the caller's context. They never block.
 */
public interface TokenVerifier {
    /**
     * Verifies {@code jwt}: signature against the issuer's keys, {@code exp}/{@code nbf} within the
     * allowed clock skew, {@code iss}, {@code aud} (when configured), and the owner claim.
     *
     * @return the verified token; or a failed future with a {@link
     *     dev.ocfcloud.model.error.CloudException} whose code is {@code auth.token_invalid}, {@code
     *     auth.token_expired}, or {@code auth.unavailable} (the issuer's keys could not be fetched:
     *     retryable, and no verdict on the token)
     */
    Future<VerifiedToken> verify(String jwt);
}
