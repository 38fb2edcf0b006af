package dev.ocfcloud.model.auth;

import io.vertx.core.Future;
import java.util.Set;

/**
 * A confidential client of an OAuth2 token endpoint (RFC 6749 §3.2).
 *
 * <p>Failures carry {@code auth.token_invalid} when the endpoint refused for good (a bad, used or
 * expired code or refresh token; or this client itself was refused, which is also logged as a
 * configuration error), {@code auth.forbidden} for a scope it will not grant, and {@code
 * auth.unavailable} (retryable) when it could not be asked or failed (5xx, timeout, connection
 * refused).
 */
public interface TokenEndpointClient {
    /** {@code grant_type=authorization_code} (RFC 6749 §4.1.3). {@code redirectUri} may be empty. */
    Future<TokenGrant> exchangeCode(String code, String redirectUri);

    /** {@code grant_type=refresh_token} (RFC 6749 §6). */
    Future<TokenGrant> refresh(String refreshToken);

    /** {@code grant_type=client_credentials} (RFC 6749 §4.4); no scopes asks for the client's default. */
    Future<TokenGrant> clientCredentials(Set<String> scopes);
}
