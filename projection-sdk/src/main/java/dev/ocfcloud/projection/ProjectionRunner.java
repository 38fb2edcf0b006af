package dev.ocfcloud.projection;

import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.wire.EventCodec;
import dev.ocfcloud.model.wire.EventDecodingException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.kafka.client.common.PartitionInfo;
import io.vertx.kafka.client.common.TopicPartition;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.consumer.KafkaConsumerRecords;
import io.vertx.kafka.client.consumer.OffsetAndMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link Projection} from {@code ocf.events}: reads committed events only
 * (read_committed), decodes them into typed envelopes, skips event types this version does not
 * know, and moves on only after each batch is applied. Create and start it from a verticle; it
 * runs on that verticle's event loop.
 */
public final class ProjectionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRunner.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Vertx vertx;
    private final EventLogConfig log;
    private final String name;
    private final Subscription subscription;
    private final Projection projection;
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Promise<Void> stopped = Promise.promise();
    private KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running;

    /** @param name names the consumer in logs and broker metrics */
    public ProjectionRunner(
            Vertx vertx, EventLogConfig log, String name, Subscription subscription, Projection projection) {
        this.vertx = vertx;
        this.log = log;
        this.name = name;
        this.subscription = subscription;
        this.projection = projection;
    }

    /** Completes once reading has begun. */
    public Future<Void> start() {
        // Building a Kafka client takes a while (JMX, metrics, first class loading): off the event loop.
        return vertx.executeBlocking(() -> new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                        ConsumerSettings.of(log, name, subscription),
                        new ByteArrayDeserializer(),
                        new ByteArrayDeserializer()))
                .compose(raw -> begin(KafkaConsumer.create(vertx, raw)));
    }

    private Future<Void> begin(KafkaConsumer<byte[], byte[]> created) {
        consumer = created;
        running = true;
        Future<Void> subscribed = switch (subscription) {
            case Subscription.Group group -> subscribe(group);
            case Subscription.AllPartitions all -> assignAll(all);
        };
        return subscribed.onSuccess(v -> pollNext());
    }

    /** Stops reading after the batch in hand and closes the consumer. */
    public Future<Void> stop() {
        if (!running) {
            return Future.succeededFuture();
        }
        running = false;
        return stopped.future().compose(v -> consumer.close());
    }

    /** The next offset to read per partition: everything before it has been applied. */
    public Map<Integer, Long> positions() {
        return Map.copyOf(positions);
    }

    public long appliedCount() {
        return applied.get();
    }

    /** Events skipped because this version cannot read them (a newer producer's types). */
    public long skippedCount() {
        return skipped.get();
    }

    private Future<Void> subscribe(Subscription.Group group) {
        if (group.replayFromStart()) {
            Set<TopicPartition> rewound = ConcurrentHashMap.newKeySet();
            consumer.partitionsAssignedHandler(assigned -> {
                Set<TopicPartition> fresh =
                        assigned.stream().filter(rewound::add).collect(Collectors.toSet());
                if (!fresh.isEmpty()) {
                    consumer.seekToBeginning(fresh);
                }
            });
        }
        return consumer.subscribe(log.topic());
    }

    private Future<Void> assignAll(Subscription.AllPartitions all) {
        return consumer.partitionsFor(log.topic()).compose(infos -> {
            Set<TopicPartition> partitions = infos.stream()
                    .map(PartitionInfo::getPartition)
                    .map(p -> new TopicPartition(log.topic(), p))
                    .collect(Collectors.toSet());
            return consumer.assign(partitions).compose(v -> seekToStart(partitions, all.startOffsets()));
        });
    }

    private Future<Void> seekToStart(Set<TopicPartition> partitions, Map<Integer, Long> start) {
        List<Future<Void>> seeks = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = start.get(partition.getPartition());
            seeks.add(offset == null ? consumer.seekToBeginning(partition) : consumer.seek(partition, offset));
            if (offset != null) {
                positions.put(partition.getPartition(), offset);
            }
        }
        return Future.all(seeks).mapEmpty();
    }

    private void pollNext() {
        if (!running) {
            stopped.tryComplete();
            return;
        }
        consumer.poll(POLL).compose(this::applyBatch).onSuccess(v -> pollNext()).onFailure(failure -> {
            LOG.error("projection {} stops: {}", name, failure.toString(), failure);
            running = false;
            stopped.tryComplete();
        });
    }

    private Future<Void> applyBatch(KafkaConsumerRecords<byte[], byte[]> records) {
        if (records.isEmpty()) {
            return Future.succeededFuture();
        }
        List<ProjectedEvent> events = new ArrayList<>(records.size());
        Map<Integer, Long> next = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            KafkaConsumerRecord<byte[], byte[]> record = records.recordAt(i);
            next.put(record.partition(), record.offset() + 1);
            decode(record).ifPresent(events::add);
        }
        Future<Void> done = events.isEmpty() ? Future.succeededFuture() : projection.apply(events);
        return done.compose(v -> {
            applied.addAndGet(events.size());
            positions.putAll(next);
            return subscription instanceof Subscription.Group ? commit(next) : Future.succeededFuture();
        });
    }

    private Optional<ProjectedEvent> decode(KafkaConsumerRecord<byte[], byte[]> record) {
        try {
            return Optional.of(
                    new ProjectedEvent(EventCodec.decode(record.value()), record.partition(), record.offset()));
        } catch (EventDecodingException e) {
            skipped.incrementAndGet();
            if (e.isUnknownType()) {
                LOG.debug(
                        "projection {} skips unknown event type {} at {}-{}",
                        name,
                        e.eventType(),
                        record.partition(),
                        record.offset());
            } else {
                LOG.error(
                        "projection {} cannot read the record at {}-{}: {}",
                        name,
                        record.partition(),
                        record.offset(),
                        e.getMessage());
            }
            return Optional.empty();
        }
    }

    private Future<Void> commit(Map<Integer, Long> next) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        next.forEach((partition, offset) ->
                offsets.put(new TopicPartition(log.topic(), partition), new OffsetAndMetadata(offset, "")));
        return consumer.commit(offsets).mapEmpty();
    }
}
