package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How a client identified itself: HTTP Basic (RFC 6749 §2.3.1: id and secret form-urlencoded,
 * then Base64) or {@code client_id}/{@code client_secret} in the form; never both.
 *
 * @param clientId the client id
 * @param secret the secret, if one was given
 * @param viaBasic whether it came in the Authorization header
 */
public record ClientCredentials(String clientId, Optional<String> secret, boolean viaBasic) {
    /** Reads them from the Authorization header (may be null) and the form. */
    public static ClientCredentials of(String authorization, TokenRequest form) {
        Optional<String> formSecret = form.optional("client_secret");
        if (authorization != null && !authorization.isEmpty()) {
            if (formSecret.isPresent()) {
                throw OAuthError.INVALID_REQUEST.because("the client authenticated in two ways");
            }
            ClientCredentials basic = basic(authorization);
            form.optional("client_id")
                    .filter(id -> !id.equals(basic.clientId()))
                    .ifPresent(id -> {
                        throw OAuthError.INVALID_REQUEST.because("client_id differs from the authenticated client");
                    });
            return basic;
        }
        String clientId = form.optional("client_id")
                .orElseThrow(() -> OAuthError.INVALID_CLIENT.because("no client authentication"));
        return new ClientCredentials(clientId, formSecret, false);
    }

    private static ClientCredentials basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthError.INVALID_CLIENT.because("unsupported authentication scheme");
        }
        try {
            String pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw OAuthError.INVALID_CLIENT.because("malformed Basic credentials");
            }
            String id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
            return new ClientCredentials(id, Optional.of(secret), true);
        } catch (IllegalArgumentException e) {
            throw OAuthError.INVALID_CLIENT.because("malformed Basic credentials");
        }
    }
}
