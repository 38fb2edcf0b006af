package dev.ocfcloud.testkit;

import dev.ocfcloud.embedded.kafka.KafkaTopicCreator;
import dev.ocfcloud.embedded.kafka.TopicSpec;
import java.time.Duration;
import java.util.List;

/**
 * What a test sees of the embedded broker it runs against: where to connect, and a way to create
 * the topics it needs (the broker creates none on first use). Tests do not stop it; the extension
 * does.
 */
public final class KafkaCluster {
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String clusterId;

    KafkaCluster(String bootstrapServers, String clusterId) {
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:41237}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's cluster id. */
    public String clusterId() {
        return clusterId;
    }

    /** Creates a topic with one replica, unless it exists already. Blocking. */
    public void createTopic(String name, int partitions) {
        createTopic(TopicSpec.of(name, partitions));
    }

    /** Creates a topic with the given settings, unless it exists already. Blocking. */
    public void createTopic(TopicSpec topic) {
        KafkaTopicCreator.createMissing(bootstrapServers, List.of(topic), ADMIN_TIMEOUT);
    }

    @Override
    public String toString() {
        return "KafkaCluster[" + bootstrapServers + ", cluster " + clusterId + "]";
    }
}
