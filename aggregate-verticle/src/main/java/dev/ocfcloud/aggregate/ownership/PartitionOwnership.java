package dev.ocfcloud.aggregate.ownership;

import io.vertx.core.Future;
import java.util.Set;

/** Tells an aggregate instance which partitions of {@code ocf.events} are its to write. */
public interface PartitionOwnership {
    /** Receives changes of ownership, on the context that started the ownership. */
    interface Listener {
        void assigned(Set<Integer> partitions);

        void revoked(Set<Integer> partitions);
    }

    Future<Void> start(Listener listener);

    /** Leaves: the partitions go to the other instances. */
    Future<Void> stop();
}
