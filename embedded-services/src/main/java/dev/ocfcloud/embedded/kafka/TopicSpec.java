package dev.ocfcloud.embedded.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A topic the application needs.
 *
 * @param name the topic name
 * @param partitions the partition count (at least 1)
 * @param replicationFactor the replica count, or {@link #BROKER_DEFAULT_REPLICATION} for the
 *     broker's {@code default.replication.factor}
 * @param configs topic-level settings, e.g. {@code retention.ms}
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
    public static final short BROKER_DEFAULT_REPLICATION = -1;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least 1 partition, was " + partitions);
        }
        if (replicationFactor != BROKER_DEFAULT_REPLICATION && replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "topic " + name + " needs a replication factor of at least 1 (or -1), was " + replicationFactor);
        }
        configs = Map.copyOf(configs);
    }

    /** A topic with the broker's default replication and no topic-level settings. */
    public static TopicSpec of(String name, int partitions) {
        return new TopicSpec(name, partitions, BROKER_DEFAULT_REPLICATION, Map.of());
    }

    NewTopic toNewTopic() {
        Optional<Short> replicas =
                replicationFactor == BROKER_DEFAULT_REPLICATION ? Optional.empty() : Optional.of(replicationFactor);
        return new NewTopic(name, Optional.of(partitions), replicas).configs(configs);
    }
}
