package dev.ocfcloud.api.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.api.ApiVerticle;
import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.store.MongoOAuthStore;
import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.auth.JwksPolicy;
import dev.ocfcloud.model.auth.JwksTokenVerifier;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.web.client.WebClient;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A restart on the same Mongo store keeps the signing key and refresh tokens: issued tokens stay valid. */
@VertxTest
class ProviderRestartIT {
    private static final String ISSUER = "http://ocf-cloud.test";
    private EmbeddedMongoStore mongo;

    @BeforeAll
    static void warmUp() {
        JvmWarmUp.http();
    }

    @BeforeEach
    void startMongo() {
        mongo = EmbeddedMongoStore.startInMemory();
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void tokensIssuedBeforeARestartStillVerifyAndRefreshAfterIt(Vertx vertx) throws Exception {
        ApiVerticle before = deploy(vertx);
        String beforeUrl = "http://127.0.0.1:" + before.boundPort();
        RunningApi api = RunningApi.attach(vertx, before);
        TokenGrant signUp = Await.result(api.gatewayClient().exchangeCode(api.onboardingCode("alice"), ""));
        String kid = SignedJWT.parse(signUp.accessToken()).getHeader().getKeyID();
        Await.result(vertx.undeploy(before.deploymentID()));

        ApiVerticle after = deploy(vertx);
        RunningApi restarted = RunningApi.attach(vertx, after);
        var verifier = JwksTokenVerifier.remote(
                vertx,
                WebClient.create(vertx),
                IssuerConfig.of(ISSUER, restarted.baseUrl() + "/oauth/jwks"),
                JwksPolicy.DEFAULTS);

        assertThat(restarted.baseUrl()).isNotEqualTo(beforeUrl);
        assertThat(Await.result(verifier.verify(signUp.accessToken())).owner()).isEqualTo(OwnerId.of("alice"));
        assertThat(SignedJWT.parse(restarted.adminToken()).getHeader().getKeyID())
                .isEqualTo(kid);
        assertThat(Await.result(restarted.gatewayClient().refresh(signUp.refreshToken()))
                        .hasRefreshToken())
                .isTrue();
    }

    private ApiVerticle deploy(Vertx vertx) {
        JsonObject mongoConfig = new JsonObject()
                .put("connection_string", mongo.connectionString())
                .put("db_name", "ocf");
        ApiVerticle verticle = new ApiVerticle(
                HttpConfig.of("127.0.0.1", 0),
                Optional.of(TestSetup.config().withIssuer(ISSUER)),
                v -> new MongoOAuthStore(MongoClient.create(v, mongoConfig)));
        Await.result(vertx.deployVerticle(verticle));
        return verticle;
    }
}
