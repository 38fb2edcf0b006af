package dev.ocfcloud.api.oauth;

import static dev.ocfcloud.api.oauth.RunningApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.api.oauth.grant.Pkce;
import dev.ocfcloud.api.oauth.store.InMemoryOAuthStore;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization-code flow a browser goes through (RFC 6749 §4.1, PKCE RFC 7636). */
@VertxTest
class AuthorizeFlowIT {
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private RunningApi api;

    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @BeforeEach
    void start(Vertx vertx) {
        api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
    }

    @Test
    void showsALoginFormThatCarriesTheRequestAlong() {
        HttpResponse<Buffer> page = get("response_type=code&client_id=app&state=xyz&scope=r%3A*");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("Content-Type")).startsWith("text/html");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.bodyAsString())
                .contains("<form method=\"post\" action=\"/oauth/authorize\">")
                .contains("name=\"state\" value=\"xyz\"")
                .contains("name=\"password\" type=\"password\"");
    }

    @Test
    void aConfidentialClientGetsACodeWithItsStateAndExchangesItForTokens() throws Exception {
        Map<String, String> redirect = login(form(
                "response_type",
                "code",
                "client_id",
                "app",
                "state",
                "s-1",
                "redirect_uri",
                TestSetup.APP_REDIRECT,
                "username",
                "alice",
                "password",
                TestSetup.ALICE_PASSWORD));

        assertThat(redirect).containsEntry("state", "s-1").containsKey("code");
        JsonObject tokens = api.tokenJson(
                "app",
                TestSetup.APP_SECRET,
                form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        redirect.get("code"),
                        "redirect_uri",
                        TestSetup.APP_REDIRECT));
        assertThat(tokens.getString("refresh_token")).isNotBlank();
        assertThat(SignedJWT.parse(tokens.getString("access_token"))
                        .getJWTClaimsSet()
                        .getSubject())
                .isEqualTo("alice");
    }

    @Test
    void aPublicClientMustProveItsCodeWithPkce() {
        Map<String, String> redirect = login(form(
                "response_type",
                "code",
                "client_id",
                "console",
                "code_challenge",
                Pkce.challengeOf(VERIFIER),
                "code_challenge_method",
                "S256",
                "username",
                "alice",
                "password",
                TestSetup.ALICE_PASSWORD));
        String code = redirect.get("code");

        TokenEndpointIT.assertError(
                api.token(
                        null,
                        null,
                        form(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                "console",
                                "code",
                                code,
                                "code_verifier",
                                "x".repeat(43))),
                400,
                "invalid_grant");
        Map<String, String> again = login(form(
                "response_type",
                "code",
                "client_id",
                "console",
                "code_challenge",
                Pkce.challengeOf(VERIFIER),
                "code_challenge_method",
                "S256",
                "username",
                "alice",
                "password",
                TestSetup.ALICE_PASSWORD));
        JsonObject tokens = api.tokenJson(
                null,
                null,
                form(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        "console",
                        "code",
                        again.get("code"),
                        "code_verifier",
                        VERIFIER));
        assertThat(tokens.containsKey("refresh_token")).isFalse();
    }

    @Test
    void aPublicClientWithoutPkceIsSentBackAnError() {
        HttpResponse<Buffer> response = get("response_type=code&client_id=console&state=q");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(query(response)).containsEntry("error", "invalid_request").containsEntry("state", "q");
    }

    @Test
    void aWrongPasswordShowsTheFormAgain() {
        HttpResponse<Buffer> response = Await.result(api.web
                .postAbs(api.baseUrl() + "/oauth/authorize")
                .sendForm(form("response_type", "code", "client_id", "app", "username", "alice", "password", "nope")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.bodyAsString()).contains("Wrong username or password.");
    }

    @Test
    void anUnknownClientOrUnregisteredRedirectIsShownNotRedirected() {
        assertThat(get("response_type=code&client_id=nobody").statusCode()).isEqualTo(400);
        HttpResponse<Buffer> evil = get("response_type=code&client_id=app&redirect_uri=https%3A%2F%2Fevil.example%2F");
        assertThat(evil.statusCode()).isEqualTo(400);
        assertThat(evil.getHeader("Location")).isNull();
    }

    @Test
    void anUnsupportedResponseTypeOrScopeIsRedirectedToTheClient() {
        assertThat(query(get("response_type=token&client_id=app"))).containsEntry("error", "unsupported_response_type");
        assertThat(query(get("response_type=code&client_id=app&scope=ocf%3Aadmin")))
                .containsEntry("error", "invalid_scope");
    }

    @Test
    void theCodeIsBoundToItsClientAndRedirectUri() {
        Map<String, String> redirect = login(form(
                "response_type",
                "code",
                "client_id",
                "app",
                "redirect_uri",
                TestSetup.APP_REDIRECT,
                "username",
                "alice",
                "password",
                TestSetup.ALICE_PASSWORD));

        TokenEndpointIT.assertError(
                api.token(
                        "app",
                        TestSetup.APP_SECRET,
                        form("grant_type", "authorization_code", "code", redirect.get("code"))),
                400,
                "invalid_grant");
        TokenEndpointIT.assertError(
                api.token(
                        "gateway",
                        TestSetup.GATEWAY_SECRET,
                        form("grant_type", "authorization_code", "code", redirect.get("code"))),
                400,
                "invalid_grant");
    }

    private HttpResponse<Buffer> get(String query) {
        return Await.result(
                api.web.getAbs(api.baseUrl() + "/oauth/authorize?" + query).send());
    }

    private Map<String, String> login(MultiMap form) {
        HttpResponse<Buffer> response =
                Await.result(api.web.postAbs(api.baseUrl() + "/oauth/authorize").sendForm(form));
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(302);
        return query(response);
    }

    private static Map<String, String> query(HttpResponse<Buffer> response) {
        Map<String, String> params = new HashMap<>();
        String raw = URI.create(response.getHeader("Location")).getRawQuery();
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
