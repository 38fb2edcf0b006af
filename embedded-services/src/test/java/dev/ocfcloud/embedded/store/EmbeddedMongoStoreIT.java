package dev.ocfcloud.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoStoreIT {
    @TempDir
    Path dataDir;

    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void closeVertx() throws Exception {
        await(vertx.close());
    }

    @Test
    void fileBackedStoreKeepsDocumentsAcrossRestarts() throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.startOnFile(dataDir, 0)) {
            withClient(
                    store,
                    client -> client.insert(
                            "devices", new JsonObject().put("_id", "d1").put("owner", "u1")));
        }
        assertThat(dataDir.resolve(EmbeddedMongoStore.FILE_NAME)).isRegularFile();

        try (EmbeddedMongoStore again = EmbeddedMongoStore.startOnFile(dataDir, 0)) {
            List<JsonObject> found = withClient(again, client -> client.find("devices", new JsonObject()));
            assertThat(found).containsExactly(new JsonObject().put("_id", "d1").put("owner", "u1"));
        }
    }

    @Test
    void memoryStoreServesTheVertxMongoClientOnTheLoopbackAddress() throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.startInMemory()) {
            assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port());

            long count = withClient(
                    store,
                    client -> client.insert(
                                    "shadow",
                                    new JsonObject().put("href", "/light").put("on", true))
                            .compose(id -> client.count("shadow", new JsonObject().put("on", true))));

            assertThat(count).isEqualTo(1);
        }
    }

    private <T> T withClient(EmbeddedMongoStore store, java.util.function.Function<MongoClient, Future<T>> action)
            throws Exception {
        MongoClient client = MongoClient.create(
                vertx,
                new JsonObject()
                        .put("connection_string", store.connectionString())
                        .put("db_name", "ocf"));
        try {
            return await(action.apply(client));
        } finally {
            await(client.close());
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
