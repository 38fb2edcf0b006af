package dev.ocfcloud.model.auth;

import dev.ocfcloud.model.Texts;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TokenEndpointClient} over HTTP with the Vert.x WebClient: form-encoded POSTs, the client
 * authenticated with HTTP Basic. Errors (RFC 6749 §5.2) are mapped to {@code auth.*} codes.
 */
public final class HttpTokenEndpointClient implements TokenEndpointClient {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTokenEndpointClient.class);

    private final WebClient client;
    private final TokenEndpointConfig config;
    private final String authorization;

    public HttpTokenEndpointClient(WebClient client, TokenEndpointConfig config) {
        this.client = client;
        this.config = config;
        this.authorization = basic(config.clientId(), config.clientSecret());
    }

    /** RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined and Base64-encoded. */
    static String basic(String clientId, String clientSecret) {
        String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public Future<TokenGrant> exchangeCode(String code, String redirectUri) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "authorization_code")
                .add("code", code);
        if (!redirectUri.isEmpty()) {
            form.add("redirect_uri", redirectUri);
        }
        return post(form);
    }

    @Override
    public Future<TokenGrant> refresh(String refreshToken) {
        return post(MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken));
    }

    @Override
    public Future<TokenGrant> clientCredentials(Set<String> scopes) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("grant_type", "client_credentials");
        if (!scopes.isEmpty()) {
            form.add("scope", String.join(" ", scopes));
        }
        return post(form);
    }

    private Future<TokenGrant> post(MultiMap form) {
        return client.postAbs(config.tokenUrl())
                .timeout(config.timeout().toMillis())
                .putHeader("Authorization", authorization)
                .putHeader("Accept", "application/json")
                .sendForm(form)
                .recover(failure -> Future.failedFuture(AuthFailures.unavailable(
                        "token endpoint " + config.tokenUrl() + " did not answer: " + failure.getMessage())))
                .map(this::grantOf);
    }

    private TokenGrant grantOf(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status == 200) {
            return parseGrant(json(response));
        }
        if (status >= 500 || status == 429) {
            throw AuthFailures.unavailable("token endpoint answered HTTP " + status);
        }
        throw refusal(status, json(response));
    }

    private RuntimeException refusal(int status, JsonObject body) {
        String error = body == null ? "" : String.valueOf(body.getValue("error", ""));
        String detail = "token endpoint refused (HTTP " + status + ", " + Texts.quote(error) + ")";
        switch (error) {
            case "invalid_client", "unauthorized_client" -> {
                LOG.error(
                        "The token endpoint {} refused client {} ({}): check its id, secret and grant types",
                        config.tokenUrl(),
                        config.clientId(),
                        error);
                return AuthFailures.tokenInvalid(detail);
            }
            case "invalid_scope" -> {
                return AuthFailures.forbidden(detail);
            }
            default -> {
                if (status == 401) {
                    LOG.error("The token endpoint {} refused client {}", config.tokenUrl(), config.clientId());
                }
                return AuthFailures.tokenInvalid(detail);
            }
        }
    }

    private static TokenGrant parseGrant(JsonObject body) {
        if (body == null) {
            throw AuthFailures.unavailable("token endpoint answered 200 without a JSON object");
        }
        try {
            String accessToken = body.getString("access_token");
            if (accessToken == null || accessToken.isEmpty()) {
                throw AuthFailures.unavailable("token endpoint answered 200 without access_token");
            }
            Number expiresIn = body.getNumber("expires_in");
            return new TokenGrant(
                    accessToken,
                    body.getString("refresh_token", ""),
                    expiresIn == null ? TokenGrant.UNKNOWN_LIFETIME : Duration.ofSeconds(expiresIn.longValue()));
        } catch (ClassCastException e) {
            throw AuthFailures.unavailable("token endpoint answered 200 with mistyped fields");
        }
    }

    private static JsonObject json(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        if (body == null || body.length() == 0) {
            return null;
        }
        try {
            return new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }
}
