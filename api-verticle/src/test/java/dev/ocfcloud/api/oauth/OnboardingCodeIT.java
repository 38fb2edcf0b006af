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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /oauth/onboarding-codes}: for a user's own owner, and for any owner with the admin scope. */
@VertxTest
class OnboardingCodeIT {
    private RunningApi api;

    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @BeforeEach
    void start(Vertx vertx) {
        api = RunningApi.start(vertx, TestSetup.config().withOwnerClaim("tenant"), new InMemoryOAuthStore());
    }

    @Test
    void aUserGetsACodeForTheirOwnOwnerWhichGrantsTokensOfTheirs() throws Exception {
        String userToken = userToken("bob", "bob-password");

        HttpResponse<Buffer> response = post(userToken, null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject body = response.bodyAsJsonObject();
        assertThat(body.getString("owner")).isEqualTo("acme");
        assertThat(body.getLong("expiresIn")).isEqualTo(600);
        assertThat(body.getString("code")).matches("[A-Za-z0-9_-]{43}");
        JsonObject tokens = api.tokenJson(
                "gateway",
                TestSetup.GATEWAY_SECRET,
                form("grant_type", "authorization_code", "code", body.getString("code")));
        var claims = SignedJWT.parse(tokens.getString("access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("bob");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("acme");
    }

    @Test
    void anAdminAsksOnBehalfOfAnOwner() throws Exception {
        HttpResponse<Buffer> response = post(api.adminToken(), new JsonObject().put("owner", "carol"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.bodyAsJsonObject().getString("owner")).isEqualTo("carol");
        JsonObject tokens = api.tokenJson(
                "gateway",
                TestSetup.GATEWAY_SECRET,
                form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        response.bodyAsJsonObject().getString("code")));
        assertThat(SignedJWT.parse(tokens.getString("access_token"))
                        .getJWTClaimsSet()
                        .getStringClaim("tenant"))
                .isEqualTo("carol");
    }

    @Test
    void aUserMayNotAskForAnotherOwner() {
        HttpResponse<Buffer> response = post(userToken("bob", "bob-password"), new JsonObject().put("owner", "carol"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("auth.forbidden");
    }

    @Test
    void refusesMissingAndForgedTokensAndBadBodies() {
        HttpResponse<Buffer> none = Await.result(
                api.web.postAbs(api.baseUrl() + "/oauth/onboarding-codes").send());
        HttpResponse<Buffer> forged = post("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", null);
        HttpResponse<Buffer> notJson = Await.result(api.web
                .postAbs(api.baseUrl() + "/oauth/onboarding-codes")
                .putHeader("Authorization", "Bearer " + api.adminToken())
                .sendBuffer(Buffer.buffer("{nope")));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.bodyAsJsonObject().getString("code")).isEqualTo("auth.token_invalid");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    private HttpResponse<Buffer> post(String token, JsonObject body) {
        var request = api.web
                .postAbs(api.baseUrl() + "/oauth/onboarding-codes")
                .putHeader("Authorization", "Bearer " + token);
        return Await.result(body == null ? request.send() : request.sendJsonObject(body));
    }

    /** A user's access token, by the authorization-code flow of the "app" client. */
    private String userToken(String username, String password) {
        HttpResponse<Buffer> login = Await.result(api.web
                .postAbs(api.baseUrl() + "/oauth/authorize")
                .sendForm(
                        form("response_type", "code", "client_id", "app", "username", username, "password", password)));
        String location = login.getHeader("Location");
        String code = location.substring(location.indexOf("code=") + 5);
        return api.tokenJson("app", TestSetup.APP_SECRET, form("grant_type", "authorization_code", "code", code))
                .getString("access_token");
    }
}
