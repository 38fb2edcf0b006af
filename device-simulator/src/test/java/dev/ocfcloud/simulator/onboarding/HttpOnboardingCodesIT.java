package dev.ocfcloud.simulator.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Onboarding codes from the cloud's endpoint, as the brief fixes its shape, against a stand-in HTTP server. */
@VertxTest
class HttpOnboardingCodesIT {
    private static final String ADMIN_TOKEN = "admin-token";

    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger codesIssued = new AtomicInteger();
    private final List<JsonObject> codeRequests = new CopyOnWriteArrayList<>();
    private volatile int codeStatus = 201;
    private Vertx vertx;
    private String base;

    @BeforeEach
    void startServer(Vertx vertx) {
        TestDevices.warmUp();
        this.vertx = vertx;
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        int port = Await.result(server.listen(0, "127.0.0.1")).actualPort();
        base = "http://127.0.0.1:" + port;
        // Loads the HTTP client classes on the test thread: the first request costs over 200 ms of class
        // loading, which the strict checker would blame on whichever event loop sent it.
        Await.result(WebClient.create(vertx).getAbs(base + "/warm-up").send());
    }

    private void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/oauth/token" -> request.body().onSuccess(body -> token(request, body.toString()));
            case "/oauth/onboarding-codes" -> request.body().onSuccess(body -> code(request, body.toJsonObject()));
            default -> request.response().setStatusCode(404).end();
        }
    }

    private void token(HttpServerRequest request, String form) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("sim:secret".getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(request.getHeader("Authorization")) || !form.equals("grant_type=client_credentials")) {
            request.response().setStatusCode(401).end();
            return;
        }
        tokenRequests.incrementAndGet();
        request.response()
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("access_token", ADMIN_TOKEN)
                        .put("token_type", "Bearer")
                        .put("expires_in", 3600)
                        .encode());
    }

    private void code(HttpServerRequest request, JsonObject body) {
        if (!("Bearer " + ADMIN_TOKEN).equals(request.getHeader("Authorization"))) {
            request.response().setStatusCode(401).end();
            return;
        }
        codeRequests.add(body);
        request.response()
                .setStatusCode(codeStatus)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("code", "code-" + codesIssued.incrementAndGet())
                        .put("expiresIn", 300)
                        .encode());
    }

    @Test
    void anAdminClientGetsItsTokenOnceAndOneCodePerDeviceForTheOwner() {
        OnboardingCodes codes = HttpOnboardingCodes.withClientCredentials(
                vertx,
                base + "/oauth/onboarding-codes",
                HttpOnboardingCodes.defaultTokenUrl(base + "/oauth/onboarding-codes"),
                "sim",
                "secret",
                Optional.of("alice"));

        assertThat(Await.result(codes.codeFor(0))).isEqualTo("code-1");
        assertThat(Await.result(codes.codeFor(1))).isEqualTo("code-2");

        assertThat(tokenRequests).hasValue(1);
        assertThat(codeRequests)
                .containsExactly(new JsonObject().put("owner", "alice"), new JsonObject().put("owner", "alice"));
    }

    @Test
    void aBearerTokenIsUsedAsGivenWithAnEmptyBody() {
        OnboardingCodes codes = HttpOnboardingCodes.withBearerToken(
                vertx, base + "/oauth/onboarding-codes", ADMIN_TOKEN, Optional.empty());

        assertThat(Await.result(codes.codeFor(0))).isEqualTo("code-1");
        assertThat(codeRequests).containsExactly(new JsonObject());
        assertThat(tokenRequests).hasValue(0);
    }

    @Test
    void anAnswerOtherThanCreatedIsAFailure() {
        codeStatus = 403;
        OnboardingCodes codes = HttpOnboardingCodes.withBearerToken(
                vertx, base + "/oauth/onboarding-codes", ADMIN_TOKEN, Optional.empty());

        assertThat(Await.failure(codes.codeFor(0))).hasMessageContaining("403");
    }

    @Test
    void aDeviceSignsUpWithTheCodeItWasGiven() {
        ScriptedCloud cloud = Await.result(ScriptedCloud.start(vertx));
        OnboardingCodes codes = HttpOnboardingCodes.withClientCredentials(
                vertx, base + "/oauth/onboarding-codes", base + "/oauth/token", "sim", "secret", Optional.of("alice"));
        SimulatedDevice device = SimulatedDevice.create(
                vertx.getOrCreateContext(),
                vertx.createNetClient(),
                TestDevices.light(cloud.address(), TestDevices.fast()),
                codes,
                StateStore.inMemory(),
                new SimulatorMetrics());

        Await.result(device.start());
        Await.result(device.signedIn());

        var signUp = Await.result(Await.result(cloud.connection(0)).request("/oic/sec/account"));
        assertThat(Cbor.decodeMap(signUp.payload())).containsEntry("accesstoken", "code-1");
    }
}
