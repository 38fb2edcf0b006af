package dev.ocfcloud.directory.store;

import io.vertx.core.Vertx;

class InMemoryProjectionStoreTest extends ProjectionStoreContract {
    @Override
    protected ProjectionStore newStore(Vertx vertx) {
        return new InMemoryProjectionStore();
    }
}
