package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.wire.EventCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Appends one partition's events, each append one Kafka transaction run as a single blocking task
 * on the store's workers (the shard never has two appends of a partition in flight); replays the
 * partition with {@link PartitionReplay}.
 */
final class KafkaPartitionWriter implements PartitionWriter {
    /** Record header naming the event type, so readers can filter without decoding the value. */
    static final String TYPE_HEADER = "ocf-type";

    private final Vertx vertx;
    private final WorkerExecutor workers;
    private final EventLogConfig log;
    private final int partition;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaPartitionWriter(
            Vertx vertx,
            WorkerExecutor workers,
            EventLogConfig log,
            int partition,
            KafkaProducer<byte[], byte[]> producer) {
        this.vertx = vertx;
        this.workers = workers;
        this.log = log;
        this.partition = partition;
        this.producer = producer;
    }

    @Override
    public int partition() {
        return partition;
    }

    @Override
    public Future<Long> replay(Consumer<List<EventEnvelope>> sink) {
        return new PartitionReplay(vertx, log, partition).run(sink);
    }

    @Override
    public Future<Void> append(List<EventEnvelope> events) {
        return workers.<Void>executeBlocking(
                        () -> {
                            transact(events);
                            return null;
                        },
                        false)
                .recover(this::failAppend);
    }

    private void transact(List<EventEnvelope> events) throws InterruptedException, ExecutionException {
        producer.beginTransaction();
        List<java.util.concurrent.Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            sends.add(producer.send(recordOf(event)));
        }
        producer.commitTransaction(); // flushes the sends; throws if any of them failed
        for (java.util.concurrent.Future<RecordMetadata> send : sends) {
            send.get(); // already complete: surfaces a failure the commit did not
        }
    }

    private ProducerRecord<byte[], byte[]> recordOf(EventEnvelope event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(
                log.topic(),
                partition,
                event.occurredAt().toEpochMilli(),
                DevicePartitioner.keyOf(event.deviceId()),
                EventCodec.encode(event),
                headers);
    }

    /**
     * Any failed append leaves the producer's transaction state uncertain (a timed-out commit may
     * still complete), so the writer is spent: callers re-acquire the partition, which settles the
     * transaction one way or the other, and rebuild from the log.
     */
    private Future<Void> failAppend(Throwable failure) {
        Throwable reason = isFenced(failure)
                ? new FencedException(partition, failure)
                : new AppendFailedException(partition, failure);
        return close().transform(closed -> Future.failedFuture(reason));
    }

    private static boolean isFenced(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Future<Void> close() {
        return workers.executeBlocking(
                () -> {
                    producer.close(Duration.ofSeconds(5));
                    return null;
                },
                false);
    }
}
