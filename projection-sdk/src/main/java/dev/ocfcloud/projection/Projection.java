package dev.ocfcloud.projection;

import io.vertx.core.Future;
import java.util.List;

/**
 * Your read model of {@code ocf.events}. Delivery is at least once: after a restart or a
 * rebalance some events come again, so apply them idempotently — an event whose
 * {@code version} is not above the last one you applied for its aggregate is a repeat.
 */
@FunctionalInterface
public interface Projection {
    /**
     * Applies events, in log order within each partition, on the runner's event loop. The runner
     * reads on, and (with a consumer group) commits the offsets, only after the future completes;
     * a failed future stops the runner.
     */
    Future<Void> apply(List<ProjectedEvent> events);
}
