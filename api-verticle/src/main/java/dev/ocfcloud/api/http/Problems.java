package dev.ocfcloud.api.http;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors of the HTTP API as problem details (RFC 9457): {@code type} (a URN of the stable code),
 * {@code title}, {@code status}, {@code detail} and {@code code}. Internal errors are logged and
 * answered without their detail.
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {}

    /** Answers {@code failure}: a {@link CloudException}'s error, or a logged internal error. */
    public static void fail(RoutingContext routing, Throwable failure) {
        CloudError error = CloudException.errorOf(failure);
        if (error.code().kind() == ErrorKind.INTERNAL) {
            LOG.error(
                    "{} {} failed",
                    routing.request().method(),
                    routing.request().path(),
                    failure);
            error = CloudError.of(error.code(), "internal error");
        }
        send(routing, error);
    }

    public static void send(RoutingContext routing, CloudError error) {
        int status = HttpStatuses.of(error.code().kind());
        HttpServerResponse response = routing.response();
        if (response.ended()) {
            return;
        }
        if (status == 401) {
            // RFC 6750 §3: a bearer-protected resource names its scheme.
            response.putHeader("WWW-Authenticate", "Bearer realm=\"ocf-cloud\", error=\"invalid_token\"");
        }
        JsonObject body = new JsonObject()
                .put("type", "urn:ocf-cloud:error:" + error.code().code())
                .put("title", error.code().code())
                .put("status", status)
                .put("detail", error.detail())
                .put("code", error.code().code());
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body.encode());
    }
}
