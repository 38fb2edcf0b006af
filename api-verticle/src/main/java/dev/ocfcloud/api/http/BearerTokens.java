package dev.ocfcloud.api.http;

import dev.ocfcloud.model.auth.AuthFailures;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/** The bearer token of a request (RFC 6750 §2.1: {@code Authorization: Bearer <token>}). */
public final class BearerTokens {
    private BearerTokens() {}

    /** The token; or fails with {@code auth.token_invalid} when there is none. */
    public static Future<String> of(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(AuthFailures.tokenInvalid("no bearer token"));
        }
        String token = authorization.substring(7).strip();
        if (token.isEmpty()) {
            return Future.failedFuture(AuthFailures.tokenInvalid("no bearer token"));
        }
        return Future.succeededFuture(token);
    }
}
