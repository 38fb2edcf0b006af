package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.event.EventEnvelope;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Consumer;

/** The write side of one partition, held by one owner until it closes or is fenced. */
public interface PartitionWriter {
    int partition();

    /**
     * Reads every committed event of the partition, in log order, into {@code sink} (called on the
     * caller's context). Completes when the end of the log at call time is reached.
     */
    Future<Long> replay(Consumer<List<EventEnvelope>> sink);

    /**
     * Appends the events atomically: all become visible to readers or none do. Fails with
     * {@link FencedException} when another writer has acquired the partition since.
     */
    Future<Void> append(List<EventEnvelope> events);

    /** Gives the partition up. */
    Future<Void> close();
}
