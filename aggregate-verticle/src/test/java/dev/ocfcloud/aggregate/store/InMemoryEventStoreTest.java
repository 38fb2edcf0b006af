package dev.ocfcloud.aggregate.store;

import io.vertx.core.Vertx;

class InMemoryEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore newStore(Vertx vertx) {
        return new InMemoryEventStore();
    }
}
