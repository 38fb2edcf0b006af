package dev.ocfcloud.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaTopicCreatorIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void createsMissingTopicsWithTheirPartitionsAndSettings() throws Exception {
        TopicSpec events = new TopicSpec("events-a", 16, (short) 1, Map.of("retention.ms", "-1"));

        List<String> created = KafkaTopicCreator.createMissing(broker.bootstrapServers(), List.of(events), TIMEOUT);

        assertThat(created).containsExactly("events-a");
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of("events-a"))
                    .allTopicNames()
                    .get()
                    .get("events-a");
            assertThat(description.partitions()).hasSize(16);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "events-a");
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    @Test
    void leavesExistingTopicsAsTheyAre() throws Exception {
        KafkaTopicCreator.createMissing(broker.bootstrapServers(), List.of(TopicSpec.of("events-b", 3)), TIMEOUT);

        List<String> created = KafkaTopicCreator.createMissing(
                broker.bootstrapServers(), List.of(TopicSpec.of("events-b", 8), TopicSpec.of("other-b", 1)), TIMEOUT);

        assertThat(created).containsExactly("other-b");
        try (Admin admin = admin()) {
            assertThat(admin.describeTopics(List.of("events-b"))
                            .allTopicNames()
                            .get()
                            .get("events-b")
                            .partitions())
                    .hasSize(3);
        }
    }

    @Test
    void reportsATopicTheClusterRefuses() {
        TopicSpec tooManyReplicas = new TopicSpec("events-c", 1, (short) 3, Map.of());

        assertThatThrownBy(() ->
                        KafkaTopicCreator.createMissing(broker.bootstrapServers(), List.of(tooManyReplicas), TIMEOUT))
                .isInstanceOf(KafkaTopicException.class)
                .hasMessageContaining("creating topic events-c failed");
    }

    private static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }
}
