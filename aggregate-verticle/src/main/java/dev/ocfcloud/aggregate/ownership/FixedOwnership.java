package dev.ocfcloud.aggregate.ownership;

import io.vertx.core.Future;
import java.util.Set;

/** Owns a fixed set of partitions: a single instance, or tests that hand partitions out by hand. */
public final class FixedOwnership implements PartitionOwnership {
    private final Set<Integer> partitions;
    private Listener listener;

    public FixedOwnership(Set<Integer> partitions) {
        this.partitions = Set.copyOf(partitions);
    }

    @Override
    public Future<Void> start(Listener listener) {
        this.listener = listener;
        listener.assigned(partitions);
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> stop() {
        if (listener != null) {
            listener.revoked(partitions);
        }
        return Future.succeededFuture();
    }
}
