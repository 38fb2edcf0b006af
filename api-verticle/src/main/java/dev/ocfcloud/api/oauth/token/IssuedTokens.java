package dev.ocfcloud.api.oauth.token;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A successful token response (RFC 6749 §5.1).
 *
 * @param accessToken the JWT
 * @param expiresIn its lifetime
 * @param refreshToken a refresh token, if the client may refresh
 * @param scopes the granted scopes
 */
public record IssuedTokens(String accessToken, Duration expiresIn, Optional<String> refreshToken, Set<String> scopes) {
    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        scopes = Set.copyOf(scopes);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", expiresIn.toSeconds());
        refreshToken.ifPresent(token -> json.put("refresh_token", token));
        return json.put("scope", Scopes.format(scopes));
    }
}
