package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.wire.EventCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import io.vertx.kafka.client.producer.RecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;

/** Appends one partition's events in Kafka transactions; replays it with {@link PartitionReplay}. */
final class KafkaPartitionWriter implements PartitionWriter {
    /** Record header naming the event type, so readers can filter without decoding the value. */
    static final String TYPE_HEADER = "ocf-type";

    private final Vertx vertx;
    private final EventLogConfig log;
    private final int partition;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaPartitionWriter(Vertx vertx, EventLogConfig log, int partition, KafkaProducer<byte[], byte[]> producer) {
        this.vertx = vertx;
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
        return producer.beginTransaction()
                .compose(begun -> sendAllAndCommit(events))
                .recover(this::failAppend);
    }

    private Future<Void> sendAllAndCommit(List<EventEnvelope> events) {
        // The producer runs these in order on one worker: the commit waits for every send.
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            sends.add(producer.send(recordOf(event)));
        }
        Future<Void> commit = producer.commitTransaction();
        return Future.all(sends).compose(sent -> commit, failed -> commit.transform(x -> Future.failedFuture(failed)));
    }

    private KafkaProducerRecord<byte[], byte[]> recordOf(EventEnvelope event) {
        KafkaProducerRecord<byte[], byte[]> record = KafkaProducerRecord.create(
                log.topic(),
                DevicePartitioner.keyOf(event.deviceId()),
                EventCodec.encode(event),
                event.occurredAt().toEpochMilli(),
                partition);
        return record.addHeader(TYPE_HEADER, Buffer.buffer(event.type().getBytes(StandardCharsets.UTF_8)));
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
        return producer.close().transform(closed -> Future.failedFuture(reason));
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
        return producer.close();
    }
}
