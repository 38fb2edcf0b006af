package dev.ocfcloud.simulator.onboarding;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.authentication.UsernamePasswordCredentials;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;

/**
 * An access token from the OAuth2 {@code client_credentials} grant (RFC 6749 §4.4), client
 * authenticated with HTTP Basic (§2.3.1), fetched once and again shortly before it expires. Shared by
 * the devices of a process, from any event loop.
 */
final class ClientCredentialsToken {
    private static final long EARLY_RENEWAL_MILLIS = 10_000;

    private final WebClient client;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private Future<String> token;
    private volatile long expiresAtMillis = Long.MAX_VALUE;

    ClientCredentialsToken(WebClient client, String tokenUrl, String clientId, String clientSecret, Clock clock) {
        this.client = client;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The current token; a new one when there is none, the last fetch failed or the token is about to expire. */
    synchronized Future<String> get() {
        boolean stale = token == null || token.failed() || (token.succeeded() && clock.millis() >= expiresAtMillis);
        if (stale) {
            expiresAtMillis = Long.MAX_VALUE;
            token = fetch();
        }
        return token;
    }

    private Future<String> fetch() {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("grant_type", "client_credentials");
        return client.postAbs(tokenUrl)
                .authentication(new UsernamePasswordCredentials(clientId, clientSecret))
                .putHeader("Accept", "application/json")
                .sendForm(form)
                .map(this::accessToken);
    }

    private String accessToken(HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint " + tokenUrl + " answered " + response.statusCode() + ": "
                    + response.bodyAsString());
        }
        JsonObject body = response.bodyAsJsonObject();
        String accessToken = body.getString("access_token");
        if (accessToken == null || accessToken.isEmpty()) {
            throw new IllegalStateException("token endpoint " + tokenUrl + " gave no access_token");
        }
        Long expiresIn = body.getLong("expires_in");
        if (expiresIn != null) {
            expiresAtMillis = clock.millis() + expiresIn * 1000 - EARLY_RENEWAL_MILLIS;
        }
        return accessToken;
    }
}
