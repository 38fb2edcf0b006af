package dev.ocfcloud.simulator.fleet;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/** Holds an event-loop context for a share of the fleet's devices; one instance per event loop. */
final class FleetShard extends VerticleBase {
    Context context() {
        return context;
    }

    @Override
    public Future<?> start() {
        return Future.succeededFuture();
    }
}
