package dev.ocfcloud.launcher.config;

import java.util.Objects;

/**
 * The document store of read models and other state that is not event-sourced (MongoDB, or the
 * embedded Mongo-wire store).
 *
 * @param mongoConnectionString an external MongoDB; blank to start the embedded store
 * @param database the database the cloud's collections live in
 * @param embeddedPort the embedded store's port on 127.0.0.1, 0 for a free one
 */
public record StoreConfig(String mongoConnectionString, String database, int embeddedPort) {
    public StoreConfig {
        Objects.requireNonNull(mongoConnectionString, "mongoConnectionString");
        Objects.requireNonNull(database, "database");
        mongoConnectionString = mongoConnectionString.strip();
    }

    public boolean embedded() {
        return mongoConnectionString.isEmpty();
    }

    public StoreConfig withConnectionString(String connectionString) {
        return new StoreConfig(connectionString, database, embeddedPort);
    }
}
