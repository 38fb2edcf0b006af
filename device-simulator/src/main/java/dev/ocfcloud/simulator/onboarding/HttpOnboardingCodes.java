package dev.ocfcloud.simulator.onboarding;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One fresh code per device from the cloud's onboarding endpoint: {@code POST <url>} with a bearer
 * token (given, or from the {@code client_credentials} grant) and the JSON body {@code {"owner": …}}
 * when an admin client acts for an owner, else {@code {}}; the answer is 201 {@code {"code": …,
 * "expiresIn": …}}.
 */
public final class HttpOnboardingCodes implements OnboardingCodes {
    /** The embedded cloud's endpoint. */
    public static final String DEFAULT_URL = "http://127.0.0.1:8080/oauth/onboarding-codes";

    private final WebClient client;
    private final String url;
    private final Supplier<Future<String>> bearerToken;
    private final Optional<String> owner;

    private HttpOnboardingCodes(
            WebClient client, String url, Supplier<Future<String>> bearerToken, Optional<String> owner) {
        this.client = client;
        this.url = url;
        this.bearerToken = bearerToken;
        this.owner = owner;
    }

    /** With a bearer token the caller already has. */
    public static HttpOnboardingCodes withBearerToken(Vertx vertx, String url, String token, Optional<String> owner) {
        return new HttpOnboardingCodes(WebClient.create(vertx), url, () -> Future.succeededFuture(token), owner);
    }

    /** With a token from the {@code client_credentials} grant at {@code tokenUrl}. */
    public static HttpOnboardingCodes withClientCredentials(
            Vertx vertx, String url, String tokenUrl, String clientId, String clientSecret, Optional<String> owner) {
        WebClient client = WebClient.create(vertx);
        ClientCredentialsToken token =
                new ClientCredentialsToken(client, tokenUrl, clientId, clientSecret, Clock.systemUTC());
        return new HttpOnboardingCodes(client, url, token::get, owner);
    }

    /** The token endpoint next to an onboarding URL: same scheme, host and port, path {@code /oauth/token}. */
    public static String defaultTokenUrl(String onboardingUrl) {
        URI uri = URI.create(onboardingUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/oauth/token";
    }

    @Override
    public Future<String> codeFor(int deviceIndex) {
        JsonObject body = new JsonObject();
        owner.ifPresent(name -> body.put("owner", name));
        return bearerToken
                .get()
                .compose(token -> client.postAbs(url)
                        .bearerTokenAuthentication(token)
                        .putHeader("Accept", "application/json")
                        .sendJsonObject(body))
                .map(this::code);
    }

    private String code(HttpResponse<Buffer> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("onboarding endpoint " + url + " answered " + response.statusCode() + ": "
                    + response.bodyAsString());
        }
        String code = response.bodyAsJsonObject().getString("code");
        if (code == null || code.isEmpty()) {
            throw new IllegalStateException("onboarding endpoint " + url + " gave no code");
        }
        return code;
    }
}
