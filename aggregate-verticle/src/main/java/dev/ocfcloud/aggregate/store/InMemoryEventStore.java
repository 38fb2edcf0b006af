package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.event.EventEnvelope;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An event store in memory, with the same fencing rules as Kafka's: each acquisition of a
 * partition starts a new epoch and appends from older epochs fail. For tests of the write side
 * without a broker, and as the reference the contract suite holds Kafka to.
 */
public final class InMemoryEventStore implements EventStore {
    private final Map<Integer, List<EventEnvelope>> logs = new HashMap<>();
    private final Map<Integer, Integer> epochs = new HashMap<>();
    private int appends;

    @Override
    public synchronized Future<PartitionWriter> acquire(int partition) {
        int epoch = epochs.merge(partition, 1, Integer::sum);
        logs.computeIfAbsent(partition, p -> new ArrayList<>());
        return Future.succeededFuture(new Writer(partition, epoch));
    }

    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }

    /** Everything appended to a partition, in order. */
    public synchronized List<EventEnvelope> log(int partition) {
        return List.copyOf(logs.getOrDefault(partition, List.of()));
    }

    /** How many appends (transactions) went through, over all partitions. */
    public synchronized int appendCount() {
        return appends;
    }

    private synchronized void appendAsOf(int partition, int epoch, List<EventEnvelope> events) {
        if (epochs.get(partition) != epoch) {
            throw new FencedException(partition, null);
        }
        logs.get(partition).addAll(events);
        appends++;
    }

    private final class Writer implements PartitionWriter {
        private final int partition;
        private final int epoch;

        Writer(int partition, int epoch) {
            this.partition = partition;
            this.epoch = epoch;
        }

        @Override
        public int partition() {
            return partition;
        }

        @Override
        public Future<Long> replay(Consumer<List<EventEnvelope>> sink) {
            List<EventEnvelope> events = log(partition);
            sink.accept(events);
            return Future.succeededFuture((long) events.size());
        }

        /** Completes on a later turn of the caller's event loop, as real I/O would. */
        @Override
        public Future<Void> append(List<EventEnvelope> events) {
            Promise<Void> appended = Promise.promise();
            Runnable write = () -> {
                try {
                    appendAsOf(partition, epoch, events);
                    appended.complete();
                } catch (FencedException e) {
                    appended.fail(e);
                }
            };
            Context context = Vertx.currentContext();
            if (context == null) {
                write.run();
            } else {
                context.runOnContext(v -> write.run());
            }
            return appended.future();
        }

        @Override
        public Future<Void> close() {
            return Future.succeededFuture();
        }
    }
}
