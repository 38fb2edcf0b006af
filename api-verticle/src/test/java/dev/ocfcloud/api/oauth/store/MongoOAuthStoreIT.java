package dev.ocfcloud.api.oauth.store;

import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract against the Mongo-wire store (memory backend) through the Vert.x Mongo client. */
class MongoOAuthStoreIT extends OAuthStoreContract {
    private static EmbeddedMongoStore mongo;

    @BeforeAll
    static void startMongo() {
        mongo = EmbeddedMongoStore.startInMemory();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Override
    protected OAuthStore newStore(Vertx vertx) {
        return new MongoOAuthStore(MongoClient.create(
                vertx,
                new JsonObject()
                        .put("connection_string", mongo.connectionString())
                        .put("db_name", "oauth-" + UUID.randomUUID().toString().substring(0, 8))));
    }
}
