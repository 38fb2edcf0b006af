package dev.ocfcloud.api.oauth.onboarding;

import dev.ocfcloud.api.http.BearerTokens;
import dev.ocfcloud.api.http.Problems;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * {@code POST /oauth/onboarding-codes} with a bearer access token of this provider and an optional
 * JSON body {@code {"owner": "<owner>"}}: answers 201 {@code {"code", "expiresIn", "owner"}}.
 */
public final class OnboardingCodeEndpoint implements Handler<RoutingContext> {
    public static final String PATH = "/oauth/onboarding-codes";

    private final TokenVerifier verifier;
    private final OnboardingCodes codes;

    public OnboardingCodeEndpoint(TokenVerifier verifier, OnboardingCodes codes) {
        this.verifier = verifier;
        this.codes = codes;
    }

    @Override
    public void handle(RoutingContext routing) {
        Optional<OwnerId> forOwner;
        try {
            forOwner = requestedOwner(routing.body().buffer());
        } catch (IllegalArgumentException e) {
            Problems.send(routing, CloudError.of(ErrorCode.INVALID_COMMAND, e.getMessage()));
            return;
        }
        BearerTokens.of(routing.request())
                .compose(verifier::verify)
                .compose(requester -> codes.issue(requester, forOwner))
                .onSuccess(code -> created(routing, code))
                .onFailure(failure -> Problems.fail(routing, failure));
    }

    /** An empty body asks for the caller's own owner. */
    static Optional<OwnerId> requestedOwner(Buffer body) {
        if (body == null || body.length() == 0) {
            return Optional.empty();
        }
        try {
            Object owner = new JsonObject(body).getValue("owner");
            if (owner == null) {
                return Optional.empty();
            }
            if (!(owner instanceof String name)) {
                throw new IllegalArgumentException("owner must be a string");
            }
            return Optional.of(OwnerId.of(name));
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
    }

    private static void created(RoutingContext routing, OnboardingCode code) {
        routing.response()
                .setStatusCode(201)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(code.toJson().encode());
    }
}
