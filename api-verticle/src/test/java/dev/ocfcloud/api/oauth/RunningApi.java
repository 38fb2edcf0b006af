package dev.ocfcloud.api.oauth;

import dev.ocfcloud.api.ApiVerticle;
import dev.ocfcloud.api.ApiVerticles;
import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.model.auth.HttpTokenEndpointClient;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** An {@link ApiVerticle} with the embedded provider on a free loopback port, and a client for it. */
public final class RunningApi {
    public final Vertx vertx;
    public final ApiVerticle verticle;
    public final WebClient web;
    public final String deploymentId;

    private RunningApi(Vertx vertx, ApiVerticle verticle, String deploymentId) {
        this.vertx = vertx;
        this.verticle = verticle;
        this.deploymentId = deploymentId;
        this.web = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    }

    public static RunningApi start(Vertx vertx, OAuthProviderConfig config, OAuthStore store) {
        return start(vertx, config, store, Clock.systemUTC());
    }

    public static RunningApi start(Vertx vertx, OAuthProviderConfig config, OAuthStore store, Clock clock) {
        ApiVerticle verticle =
                ApiVerticles.create(HttpConfig.of("127.0.0.1", 0), Optional.of(config), v -> store, clock);
        String id = Await.result(vertx.deployVerticle(verticle));
        return new RunningApi(vertx, verticle, id);
    }

    /** A client for an {@link ApiVerticle} deployed elsewhere. */
    public static RunningApi attach(Vertx vertx, ApiVerticle verticle) {
        return new RunningApi(vertx, verticle, verticle.deploymentID());
    }

    public void stop() {
        Await.result(vertx.undeploy(deploymentId));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + verticle.boundPort();
    }

    private String tokenUrl() {
        return baseUrl() + "/oauth/token";
    }

    public OAuthProvider provider() {
        return verticle.oauthProvider().orElseThrow();
    }

    public String issuer() {
        return provider().issuer();
    }

    /** POSTs a form to the token endpoint, authenticating with HTTP Basic when {@code clientId} is not null. */
    public HttpResponse<Buffer> token(String clientId, String secret, MultiMap form) {
        var request = web.postAbs(tokenUrl());
        if (clientId != null) {
            request.putHeader("Authorization", basic(clientId, secret));
        }
        return Await.result(request.sendForm(form));
    }

    public JsonObject tokenJson(String clientId, String secret, MultiMap form) {
        HttpResponse<Buffer> response = token(clientId, secret, form);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "token endpoint answered " + response.statusCode() + ": " + response.bodyAsString());
        }
        return response.bodyAsJsonObject();
    }

    /** An access token of the admin client (client credentials). */
    public String adminToken() {
        return tokenJson("ocf-admin", TestSetup.ADMIN_SECRET, form("grant_type", "client_credentials"))
                .getString("access_token");
    }

    /** A fresh onboarding code for {@code owner}, asked for by the admin client. */
    public String onboardingCode(String owner) {
        HttpResponse<Buffer> response = Await.result(web.postAbs(baseUrl() + "/oauth/onboarding-codes")
                .putHeader("Authorization", "Bearer " + adminToken())
                .sendJsonObject(new JsonObject().put("owner", owner)));
        if (response.statusCode() != 201) {
            throw new AssertionError("onboarding code: " + response.statusCode() + " " + response.bodyAsString());
        }
        return response.bodyAsJsonObject().getString("code");
    }

    public HttpTokenEndpointClient gatewayClient() {
        return new HttpTokenEndpointClient(
                web, new TokenEndpointConfig(tokenUrl(), "gateway", TestSetup.GATEWAY_SECRET, Duration.ofSeconds(5)));
    }

    public static MultiMap form(String... namesAndValues) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    public static String basic(String clientId, String secret) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
