package dev.ocfcloud.aggregate.ownership;

import dev.ocfcloud.model.config.EventLogConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.kafka.client.common.TopicPartition;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Ownership follows Kafka consumer-group assignment (DESIGN §2.2): every aggregate instance joins
 * one group on {@code ocf.events}; the partitions the group gives an instance are the ones it
 * writes. Records are not consumed here (assigned partitions are paused); the group only decides
 * who owns what. The cooperative-sticky assignor moves only the partitions that must move, so a
 * joining or leaving instance does not make every shard rebuild.
 */
public final class KafkaGroupOwnership implements PartitionOwnership {
    private final Vertx vertx;
    private final EventLogConfig log;
    private final String groupId;
    private final Duration sessionTimeout;
    private KafkaConsumer<byte[], byte[]> consumer;

    public KafkaGroupOwnership(Vertx vertx, EventLogConfig log, String groupId, Duration sessionTimeout) {
        this.vertx = vertx;
        this.log = log;
        this.groupId = groupId;
        this.sessionTimeout = sessionTimeout;
    }

    @Override
    public Future<Void> start(Listener listener) {
        // Building a Kafka client takes a while (JMX, metrics, first class loading): off the event loop.
        return vertx.executeBlocking(() -> new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                        config(), new ByteArrayDeserializer(), new ByteArrayDeserializer()))
                .compose(raw -> join(KafkaConsumer.create(vertx, raw), listener));
    }

    private Future<Void> join(KafkaConsumer<byte[], byte[]> created, Listener listener) {
        consumer = created;
        consumer.partitionsAssignedHandler(assigned -> {
            consumer.pause(assigned);
            listener.assigned(numbers(assigned));
        });
        consumer.partitionsRevokedHandler(revoked -> listener.revoked(numbers(revoked)));
        consumer.handler(ignored -> {});
        return consumer.subscribe(log.topic());
    }

    @Override
    public Future<Void> stop() {
        return consumer == null ? Future.succeededFuture() : consumer.close();
    }

    private static Set<Integer> numbers(Set<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::getPartition).collect(Collectors.toUnmodifiableSet());
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(log.clientProperties());
        config.put("bootstrap.servers", log.bootstrapServers());
        config.put("group.id", groupId);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "latest");
        config.put("partition.assignment.strategy", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
        config.put("session.timeout.ms", Long.toString(sessionTimeout.toMillis()));
        config.put("heartbeat.interval.ms", Long.toString(Math.max(500, sessionTimeout.toMillis() / 3)));
        config.putIfAbsent("max.poll.records", "1");
        config.putIfAbsent("client.id", groupId + "-ownership");
        return config;
    }
}
