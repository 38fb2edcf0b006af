package dev.ocfcloud.api.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.api.oauth.store.InMemoryOAuthStore;
import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.HttpJwksSource;
import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.auth.JwksPolicy;
import dev.ocfcloud.model.auth.JwksTokenVerifier;
import dev.ocfcloud.model.auth.MultiIssuerTokenVerifier;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.auth.VerifiedToken;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens of the embedded provider checked by the shared {@link TokenVerifier}, over real HTTP. */
@VertxTest
class TokenVerifierIT {
    private static final JwksPolicy QUICK =
            new JwksPolicy(Duration.ofMillis(500), Duration.ofMinutes(15), Duration.ofSeconds(30));

    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @Test
    void verifiesAProviderTokenFoundByDiscoveryWithTheOwnerInSub(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        TokenVerifier verifier = JwksTokenVerifier.remote(
                vertx,
                WebClient.create(vertx),
                new IssuerConfig(api.issuer(), "", Optional.of("ocf-cloud"), "sub", Duration.ofSeconds(60)),
                QUICK);

        VerifiedToken token = Await.result(verifier.verify(api.adminToken()));

        assertThat(token.owner()).isEqualTo(OwnerId.of("ocf-admin"));
        assertThat(token.subject()).isEqualTo("ocf-admin");
        assertThat(token.issuer()).isEqualTo(api.issuer());
        assertThat(token.scopes()).contains("ocf:admin");
        assertThat(token.expiresAt()).isAfter(Instant.now().plusSeconds(3000));
    }

    @Test
    void readsACustomOwnerClaim(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config().withOwnerClaim("tenant"), new InMemoryOAuthStore());
        TokenVerifier verifier = verifier(
                vertx,
                IssuerConfig.of(api.issuer(), api.baseUrl() + "/oauth/jwks").withOwnerClaim("tenant"));
        String token = api.tokenJson(
                        "loadtool", TestSetup.SERVICE_SECRET, RunningApi.form("grant_type", "client_credentials"))
                .getString("access_token");

        VerifiedToken verified = Await.result(verifier.verify(token));

        assertThat(verified.owner()).isEqualTo(OwnerId.of("tenant-7"));
        assertThat(verified.subject()).isEqualTo("loadtool");
    }

    @Test
    void refusesATokenExpiredBeyondTheSkewAsExpired(Vertx vertx) {
        MutableClock past = new MutableClock(Instant.now().minus(Duration.ofHours(2)));
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore(), past);

        assertCode(verifier(vertx, jwksOf(api)).verify(api.adminToken()), ErrorCode.AUTH_TOKEN_EXPIRED);
    }

    @Test
    void refusesAnotherIssuerAnotherAudienceAndATamperedSignature(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        String token = api.adminToken();
        String jwks = api.baseUrl() + "/oauth/jwks";
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertCode(
                verifier(vertx, IssuerConfig.of("https://other.example", jwks)).verify(token),
                ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(
                verifier(vertx, IssuerConfig.of(api.issuer(), jwks).withAudience("someone-else"))
                        .verify(token),
                ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(verifier(vertx, jwksOf(api)).verify(tampered), ErrorCode.AUTH_TOKEN_INVALID);
        assertCode(verifier(vertx, jwksOf(api)).verify("not a jwt"), ErrorCode.AUTH_TOKEN_INVALID);
    }

    @Test
    void anUnknownKidIsFetchedAgainRateLimitedSoRotationWorks(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        MutableClock clock = MutableClock.startingNow();
        IssuerConfig issuer = jwksOf(api);
        TokenVerifier verifier = new JwksTokenVerifier(
                vertx, new HttpJwksSource(WebClient.create(vertx), issuer, QUICK, clock), issuer, clock);
        String beforeRotation = api.adminToken();
        Await.result(verifier.verify(beforeRotation));

        Await.result(api.provider().rotateSigningKey());
        String afterRotation = api.adminToken();

        assertCode(verifier.verify(afterRotation), ErrorCode.AUTH_TOKEN_INVALID);
        clock.advance(Duration.ofSeconds(31));
        assertThat(Await.result(verifier.verify(afterRotation)).owner()).isEqualTo(OwnerId.of("ocf-admin"));
        assertThat(Await.result(verifier.verify(beforeRotation)).owner()).isEqualTo(OwnerId.of("ocf-admin"));
    }

    @Test
    void aJwksUrlThatDoesNotAnswerIsUnavailableNotInvalid(Vertx vertx) {
        RunningApi api = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        String token = api.adminToken();
        HttpServer silent = Await.result(
                vertx.createHttpServer().requestHandler(request -> {}).listen(0, "127.0.0.1"));

        IssuerConfig refused = IssuerConfig.of(api.issuer(), "http://127.0.0.1:" + LoopbackPorts.free() + "/jwks");
        IssuerConfig hanging = IssuerConfig.of(api.issuer(), "http://127.0.0.1:" + silent.actualPort() + "/jwks");
        IssuerConfig notFound = IssuerConfig.of(api.issuer(), api.baseUrl() + "/nope");

        assertCode(verifier(vertx, refused).verify(token), ErrorCode.AUTH_UNAVAILABLE);
        assertCode(verifier(vertx, hanging).verify(token), ErrorCode.AUTH_UNAVAILABLE);
        assertCode(verifier(vertx, notFound).verify(token), ErrorCode.AUTH_UNAVAILABLE);
    }

    @Test
    void severalIssuersArePickedByIss(Vertx vertx) {
        RunningApi first = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        RunningApi second = RunningApi.start(vertx, TestSetup.config(), new InMemoryOAuthStore());
        TokenVerifier both = new MultiIssuerTokenVerifier(Map.of(
                first.issuer(), verifier(vertx, jwksOf(first)), second.issuer(), verifier(vertx, jwksOf(second))));
        TokenVerifier onlyFirst = new MultiIssuerTokenVerifier(Map.of(first.issuer(), verifier(vertx, jwksOf(first))));

        assertThat(Await.result(both.verify(first.adminToken())).issuer()).isEqualTo(first.issuer());
        assertThat(Await.result(both.verify(second.adminToken())).issuer()).isEqualTo(second.issuer());
        assertCode(onlyFirst.verify(second.adminToken()), ErrorCode.AUTH_TOKEN_INVALID);
    }

    private static IssuerConfig jwksOf(RunningApi api) {
        return IssuerConfig.of(api.issuer(), api.baseUrl() + "/oauth/jwks");
    }

    private static TokenVerifier verifier(Vertx vertx, IssuerConfig issuer) {
        return JwksTokenVerifier.remote(vertx, WebClient.create(vertx), issuer, QUICK);
    }

    static void assertCode(Future<?> future, ErrorCode code) {
        assertThat(Await.failure(future))
                .isInstanceOfSatisfying(
                        CloudException.class, e -> assertThat(e.error().code()).isEqualTo(code));
    }
}
