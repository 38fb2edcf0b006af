package dev.ocfcloud.model.config;

import java.util.Objects;

/**
 * How the cloud reaches Kafka, and the topic its events live in.
 *
 * @param bootstrapServers an external cluster ({@code host:port[,host:port…]}); empty to use the
 *     embedded single-node broker the launcher starts
 * @param embeddedPort the embedded broker's client port on 127.0.0.1 (0 for a free port); unused
 *     with an external cluster
 * @param eventsTopic the topic every event is appended to, keyed by device id
 * @param eventsPartitions the events topic's partition count when the cloud creates it; fixed
 *     afterwards, since a device's partition is {@code hash(deviceId) mod partitions}
 * @param eventsReplicationFactor the events topic's replica count when the cloud creates it, or
 *     {@code -1} for the cluster's {@code default.replication.factor}
 */
public record KafkaConfig(
        String bootstrapServers,
        int embeddedPort,
        String eventsTopic,
        int eventsPartitions,
        int eventsReplicationFactor) {
    public static final int DEFAULT_EMBEDDED_PORT = 9092;
    public static final String DEFAULT_EVENTS_TOPIC = "ocf.events";
    public static final int DEFAULT_EVENTS_PARTITIONS = 16;
    public static final int BROKER_DEFAULT_REPLICATION = -1;

    public KafkaConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(eventsTopic, "eventsTopic");
        bootstrapServers = bootstrapServers.strip();
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("kafka.embeddedPort must be 0..65535, was " + embeddedPort);
        }
        if (eventsTopic.isBlank()) {
            throw new IllegalArgumentException("kafka.eventsTopic must not be blank");
        }
        if (eventsPartitions < 1) {
            throw new IllegalArgumentException("kafka.eventsPartitions must be at least 1, was " + eventsPartitions);
        }
        if (eventsReplicationFactor != BROKER_DEFAULT_REPLICATION
                && (eventsReplicationFactor < 1 || eventsReplicationFactor > Short.MAX_VALUE)) {
            throw new IllegalArgumentException(
                    "kafka.eventsReplicationFactor must be -1 or 1..32767, was " + eventsReplicationFactor);
        }
    }

    public static KafkaConfig defaults() {
        return new KafkaConfig(
                "", DEFAULT_EMBEDDED_PORT, DEFAULT_EVENTS_TOPIC, DEFAULT_EVENTS_PARTITIONS, BROKER_DEFAULT_REPLICATION);
    }

    /** The event log as the aggregates and projections see it (no extra client settings). */
    public EventLogConfig eventLog() {
        return new EventLogConfig(bootstrapServers, eventsTopic, eventsPartitions, java.util.Map.of());
    }

    /** Whether the launcher starts the embedded broker (no external cluster configured). */
    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    /** The same settings, pointing at the given cluster (e.g. the embedded broker once started). */
    public KafkaConfig withBootstrapServers(String servers) {
        return new KafkaConfig(servers, embeddedPort, eventsTopic, eventsPartitions, eventsReplicationFactor);
    }
}
