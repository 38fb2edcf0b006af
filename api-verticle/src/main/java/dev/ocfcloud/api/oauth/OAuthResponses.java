package dev.ocfcloud.api.oauth;

import dev.ocfcloud.api.oauth.token.IssuedTokens;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the token endpoint's answers: tokens (RFC 6749 §5.1) and errors (§5.2), never cached. */
public final class OAuthResponses {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthResponses.class);

    private OAuthResponses() {}

    public static void tokens(RoutingContext routing, IssuedTokens tokens) {
        json(routing, 200, tokens.toJson());
    }

    /** An {@link OAuthException} as its error; anything else is our fault, a logged {@code server_error}. */
    public static void error(RoutingContext routing, Throwable failure) {
        OAuthException refusal;
        if (failure instanceof OAuthException oauth) {
            refusal = oauth;
        } else {
            LOG.error(
                    "{} {} failed",
                    routing.request().method(),
                    routing.request().path(),
                    failure);
            refusal = OAuthError.SERVER_ERROR.because("the provider failed; try again");
        }
        error(routing, refusal.error().status(), refusal);
    }

    /** The error with another status than its usual one (e.g. 413 for {@code invalid_request}). */
    public static void error(RoutingContext routing, int status, OAuthException refusal) {
        if (refusal.error() == OAuthError.INVALID_CLIENT) {
            routing.response().putHeader("WWW-Authenticate", "Basic realm=\"ocf-cloud\"");
        }
        json(
                routing,
                status,
                new JsonObject().put("error", refusal.error().code()).put("error_description", refusal.description()));
    }

    private static void json(RoutingContext routing, int status, JsonObject body) {
        HttpServerResponse response = routing.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Pragma", "no-cache")
                .end(body.encode());
    }
}
