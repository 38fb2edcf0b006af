package dev.ocfcloud.directory.store;

import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The projection-store contract against the Mongo-wire store (memory backend) via the Vert.x Mongo client. */
class MongoProjectionStoreIT extends ProjectionStoreContract {
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
    protected ProjectionStore newStore(Vertx vertx) {
        MongoClient client = MongoClient.create(
                vertx,
                new JsonObject()
                        .put("connection_string", mongo.connectionString())
                        .put("db_name", "directory-it"));
        return new MongoProjectionStore(
                client, "replica-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
