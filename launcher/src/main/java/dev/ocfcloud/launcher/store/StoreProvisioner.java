package dev.ocfcloud.launcher.store;

import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import dev.ocfcloud.launcher.config.CloudConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Optional;

/**
 * Gets the cloud a document store: the configured MongoDB, or the embedded Mongo-wire store on
 * its H2 file under {@code <dataDir>/store}, started on a worker thread.
 */
public final class StoreProvisioner {
    private StoreProvisioner() {}

    public static Future<StoreEndpoint> connect(Vertx vertx, CloudConfig config) {
        if (!config.store().embedded()) {
            return Future.succeededFuture(new StoreEndpoint(config.store().mongoConnectionString(), Optional.empty()));
        }
        return vertx.executeBlocking(() -> {
            EmbeddedMongoStore store = EmbeddedMongoStore.startOnFile(
                    config.storeDataDir(), config.store().embeddedPort());
            return new StoreEndpoint(store.connectionString(), Optional.of(store));
        });
    }
}
