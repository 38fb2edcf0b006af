package dev.ocfcloud.api.oauth;

import static dev.ocfcloud.api.oauth.TokenVerifierIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.api.oauth.store.InMemoryOAuthStore;
import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.model.auth.HttpTokenEndpointClient;
import dev.ocfcloud.model.auth.TokenEndpointClient;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared {@link TokenEndpointClient} against the embedded provider, and its error mapping. */
@VertxTest
class TokenEndpointClientIT {
    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @Test
    void exchangesAnOnboardingCodeRefreshesAndGetsClientCredentials(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        TokenEndpointClient gateway = api.gatewayClient();

        TokenGrant signUp = Await.result(gateway.exchangeCode(api.onboardingCode("alice"), ""));
        TokenGrant refreshed = Await.result(gateway.refresh(signUp.refreshToken()));
        TokenGrant service =
                Await.result(client(vertx, api.baseUrl() + "/oauth/token", "ocf-admin", TestSetup.ADMIN_SECRET)
                        .clientCredentials(Set.of("ocf:admin")));

        assertThat(signUp.hasRefreshToken()).isTrue();
        assertThat(signUp.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(refreshed.refreshToken()).isNotEqualTo(signUp.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(signUp.accessToken());
        assertThat(service.hasRefreshToken()).isFalse();
    }

    @Test
    void aUsedCodeAUsedRefreshTokenAndAWrongSecretAreInvalid(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        TokenEndpointClient gateway = api.gatewayClient();
        String code = api.onboardingCode("alice");
        TokenGrant first = Await.result(gateway.exchangeCode(code, ""));
        Await.result(gateway.refresh(first.refreshToken()));

        assertCode(gateway.exchangeCode(code, ""), ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(gateway.refresh(first.refreshToken()), ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(
                client(vertx, api.baseUrl() + "/oauth/token", "gateway", "wrong")
                        .exchangeCode("x", ""),
                ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(
                client(vertx, api.baseUrl() + "/oauth/token", "loadtool", TestSetup.SERVICE_SECRET)
                        .clientCredentials(Set.of("ocf:admin")),
                ErrorCode.AUTH_FORBIDDEN);
    }

    @Test
    void anEndpointThatIsDownFailingOrSilentIsUnavailable(Vertx vertx) {
        HttpServer failing = Await.result(vertx.createHttpServer()
                .requestHandler(request -> request.response().setStatusCode(503).end())
                .listen(0, "127.0.0.1"));
        HttpServer silent = Await.result(
                vertx.createHttpServer().requestHandler(request -> {}).listen(0, "127.0.0.1"));

        assertCode(
                client(vertx, "http://127.0.0.1:" + LoopbackPorts.free() + "/oauth/token", "gateway", "s")
                        .exchangeCode("c", ""),
                ErrorCode.AUTH_UNAVAILABLE);
        assertCode(
                client(vertx, "http://127.0.0.1:" + failing.actualPort() + "/oauth/token", "gateway", "s")
                        .refresh("r"),
                ErrorCode.AUTH_UNAVAILABLE);
        assertCode(
                client(vertx, "http://127.0.0.1:" + silent.actualPort() + "/oauth/token", "gateway", "s")
                        .clientCredentials(Set.of()),
                ErrorCode.AUTH_UNAVAILABLE);
    }

    private static TokenEndpointClient client(Vertx vertx, String url, String id, String secret) {
        return new HttpTokenEndpointClient(
                WebClient.create(vertx), new TokenEndpointConfig(url, id, secret, Duration.ofMillis(500)));
    }
}
