package dev.ocfcloud.api.oauth;

import static dev.ocfcloud.api.oauth.RunningApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.api.oauth.store.InMemoryOAuthStore;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /oauth/token} over real HTTP: every grant's happy path and its refusals (RFC 6749 §5). */
@VertxTest
class TokenEndpointIT {
    private final MutableClock clock = MutableClock.startingNow();
    private RunningApi api;

    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @BeforeEach
    void start(Vertx vertx) {
        api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore(), clock);
    }

    @Test
    void clientCredentialsGrantsAnAccessTokenWithoutRefreshToken() throws Exception {
        HttpResponse<Buffer> response =
                api.token("ocf-admin", TestSetup.ADMIN_SECRET, form("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        JsonObject body = response.bodyAsJsonObject();
        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        assertThat(body.getInteger("expires_in")).isEqualTo(3600);
        assertThat(body.getString("scope")).isEqualTo("ocf:admin r:* w:*");
        assertThat(body.containsKey("refresh_token")).isFalse();
        SignedJWT jwt = SignedJWT.parse(body.getString("access_token"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("ocf-admin");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(api.issuer());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("ocf-cloud");
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(jwt.getJWTClaimsSet().getIssueTime().toInstant().plusSeconds(3600));
    }

    @Test
    void aServiceClientsTokenCarriesItsConfiguredOwnerAndTheScopeAskedFor() throws Exception {
        JsonObject body = api.tokenJson(
                null,
                null,
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "loadtool",
                        "client_secret",
                        TestSetup.SERVICE_SECRET,
                        "scope",
                        "r:*"));

        assertThat(SignedJWT.parse(body.getString("access_token"))
                        .getJWTClaimsSet()
                        .getSubject())
                .isEqualTo("tenant-7");
        assertThat(body.getString("scope")).isEqualTo("r:*");
    }

    @Test
    void refusesAWrongSecretAnUnknownClientAndNoClientAuthenticationWith401() {
        for (HttpResponse<Buffer> response : new HttpResponse[] {
            api.token("ocf-admin", "wrong", form("grant_type", "client_credentials")),
            api.token("nobody", "x", form("grant_type", "client_credentials")),
            api.token(null, null, form("grant_type", "client_credentials"))
        }) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("invalid_client");
        }
    }

    @Test
    void refusesUnknownAndMissingGrantTypesAndScopesBeyondTheClients() {
        assertError(
                api.token("ocf-admin", TestSetup.ADMIN_SECRET, form("grant_type", "password")),
                400,
                "unsupported_grant_type");
        assertError(api.token("ocf-admin", TestSetup.ADMIN_SECRET, form()), 400, "invalid_request");
        assertError(
                api.token(
                        "loadtool", TestSetup.SERVICE_SECRET, form("grant_type", "client_credentials", "scope", "w:*")),
                400,
                "invalid_scope");
        assertError(
                api.token("gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "client_credentials")),
                400,
                "unauthorized_client");
    }

    @Test
    void malformedBodiesAreInvalidRequestsNeverServerErrors() {
        String url = api.baseUrl() + "/oauth/token";
        String basic = RunningApi.basic("ocf-admin", TestSetup.ADMIN_SECRET);
        HttpResponse<Buffer> json = Await.result(api.web
                .postAbs(url)
                .putHeader("Authorization", basic)
                .sendJsonObject(new JsonObject().put("grant_type", "client_credentials")));
        HttpResponse<Buffer> repeated = api.token(
                "ocf-admin",
                TestSetup.ADMIN_SECRET,
                form("grant_type", "client_credentials", "grant_type", "client_credentials"));
        HttpResponse<Buffer> garbage = Await.result(api.web
                .postAbs(url)
                .putHeader("Authorization", basic)
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .sendBuffer(Buffer.buffer("grant_type=%zz&&=&%")));
        HttpResponse<Buffer> huge = Await.result(api.web
                .postAbs(url)
                .putHeader("Authorization", basic)
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .sendBuffer(Buffer.buffer("grant_type=client_credentials&x=" + "a".repeat(200_000))));
        HttpResponse<Buffer> badBasic = Await.result(api.web
                .postAbs(url)
                .putHeader("Authorization", "Basic !!!")
                .sendForm(form("grant_type", "client_credentials")));

        assertError(json, 400, "invalid_request");
        assertError(repeated, 400, "invalid_request");
        assertThat(garbage.statusCode()).isBetween(400, 499);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertError(badBasic, 401, "invalid_client");
    }

    @Test
    void anOnboardingCodeIsRedeemedOnceForTokensOfItsOwner() throws Exception {
        String code = api.onboardingCode("alice");

        JsonObject tokens = api.tokenJson(
                "gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code", "code", code));

        assertThat(tokens.getString("refresh_token")).isNotBlank();
        assertThat(tokens.getString("scope")).isEqualTo("r:* w:*");
        assertThat(SignedJWT.parse(tokens.getString("access_token"))
                        .getJWTClaimsSet()
                        .getSubject())
                .isEqualTo("alice");
    }

    @Test
    void aReusedCodeIsRefusedAndRevokesTheRefreshTokenItGranted() {
        String code = api.onboardingCode("alice");
        JsonObject first = api.tokenJson(
                "gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code", "code", code));

        assertError(
                api.token("gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code", "code", code)),
                400,
                "invalid_grant");
        assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "refresh_token", "refresh_token", first.getString("refresh_token"))),
                400,
                "invalid_grant");
    }

    @Test
    void refusesExpiredAndUnknownCodes() {
        String code = api.onboardingCode("alice");
        clock.advance(Duration.ofMinutes(11));

        assertError(
                api.token("gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code", "code", code)),
                400,
                "invalid_grant");
        assertError(
                api.token(
                        "gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code", "code", "nope")),
                400,
                "invalid_grant");
        assertError(
                api.token("gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "authorization_code")),
                400,
                "invalid_request");
    }

    @Test
    void refreshRotatesAndAReusedRotatedOutTokenRevokesTheFamily() {
        JsonObject first = api.tokenJson(
                "gateway",
                TestSetup.GATEWAY_SECRET,
                form("grant_type", "authorization_code", "code", api.onboardingCode("alice")));
        String original = first.getString("refresh_token");

        JsonObject second = api.tokenJson(
                "gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "refresh_token", "refresh_token", original));
        String rotated = second.getString("refresh_token");
        assertThat(rotated).isNotEqualTo(original);
        JsonObject third = api.tokenJson(
                "gateway", TestSetup.GATEWAY_SECRET, form("grant_type", "refresh_token", "refresh_token", rotated));

        assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "refresh_token", "refresh_token", original)),
                400,
                "invalid_grant");
        assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "refresh_token", "refresh_token", third.getString("refresh_token"))),
                400,
                "invalid_grant");
    }

    @Test
    void refusesARefreshTokenOfAnotherClientAnExpiredOneAndGarbage() {
        String refresh = api.tokenJson(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "authorization_code", "code", api.onboardingCode("alice")))
                .getString("refresh_token");

        assertError(
                api.token("app", TestSetup.APP_SECRET, form("grant_type", "refresh_token", "refresh_token", refresh)),
                400,
                "invalid_grant");
        assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "refresh_token", "refresh_token", "garbage")),
                400,
                "invalid_grant");
        clock.advance(Duration.ofDays(31));
        assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "refresh_token", "refresh_token", refresh)),
                400,
                "invalid_grant");
    }

    @Test
    void discoveryNamesTheEndpointsAndTheJwksHoldsTheSigningKey() {
        JsonObject discovery = Await.result(api.web
                        .getAbs(api.baseUrl() + "/.well-known/openid-configuration")
                        .send())
                .bodyAsJsonObject();
        JsonObject jwks = Await.result(
                        api.web.getAbs(discovery.getString("jwks_uri")).send())
                .bodyAsJsonObject();

        assertThat(discovery.getString("issuer")).isEqualTo(api.baseUrl());
        assertThat(discovery.getMap())
                .contains(
                        Map.entry("token_endpoint", api.baseUrl() + "/oauth/token"),
                        Map.entry("authorization_endpoint", api.baseUrl() + "/oauth/authorize"),
                        Map.entry("jwks_uri", api.baseUrl() + "/oauth/jwks"));
        assertThat(discovery
                        .getJsonArray("id_token_signing_alg_values_supported")
                        .getList())
                .containsExactly("ES256");
        assertThat(discovery.getJsonArray("grant_types_supported").getList())
                .containsExactlyInAnyOrder("authorization_code", "refresh_token", "client_credentials");
        assertThat(discovery.getJsonArray("code_challenge_methods_supported").getList())
                .containsExactly("S256");
        JsonObject key = jwks.getJsonArray("keys").getJsonObject(0);
        assertThat(key.getMap())
                .containsEntry("kty", "EC")
                .containsEntry("crv", "P-256")
                .containsEntry("use", "sig")
                .containsEntry("alg", "ES256")
                .containsKeys("kid", "x", "y")
                .doesNotContainKey("d");
    }

    static void assertError(HttpResponse<Buffer> response, int status, String error) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo(error);
    }
}
