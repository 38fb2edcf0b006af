package dev.ocfcloud.model.config;

import java.util.Map;
import java.util.Objects;

/**
 * Where the event log lives: the Kafka cluster, the topic of all events and its partition count
 * (fixed for the life of the topic: it decides which shard owns which device).
 *
 * @param clientProperties extra Kafka client settings for every producer and consumer (security,
 *     timeouts); ours take precedence only for the settings correctness depends on
 */
public record EventLogConfig(
        String bootstrapServers, String topic, int partitions, Map<String, String> clientProperties) {
    public static final String DEFAULT_TOPIC = "ocf.events";
    public static final int DEFAULT_PARTITIONS = 16;

    public EventLogConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("kafka bootstrap servers must not be empty");
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("the events topic must be named");
        }
        if (partitions < 1 || partitions > 10_000) {
            throw new IllegalArgumentException("events topic partitions must be 1..10000, was " + partitions);
        }
        clientProperties = Map.copyOf(clientProperties);
    }

    public static EventLogConfig of(String bootstrapServers) {
        return new EventLogConfig(bootstrapServers, DEFAULT_TOPIC, DEFAULT_PARTITIONS, Map.of());
    }

    public EventLogConfig withPartitions(int count) {
        return new EventLogConfig(bootstrapServers, topic, count, clientProperties);
    }

    public EventLogConfig withTopic(String name) {
        return new EventLogConfig(bootstrapServers, name, partitions, clientProperties);
    }
}
