package dev.ocfcloud.aggregate.store;

import io.vertx.core.Future;

/**
 * The event log, seen from the write side: one writer per partition at a time. Taking a partition
 * fences whoever wrote it before, so an owner that lost its partition (a zombie) can no longer
 * append. Implementations: {@link KafkaEventStore} and {@link InMemoryEventStore}.
 */
public interface EventStore {
    /**
     * Becomes the only writer of a partition. Completes once every earlier writer is fenced and its
     * unfinished appends are discarded; then {@link PartitionWriter#replay} sees all there is.
     */
    Future<PartitionWriter> acquire(int partition);

    /** Releases what the store holds (connections, threads). */
    Future<Void> close();
}
