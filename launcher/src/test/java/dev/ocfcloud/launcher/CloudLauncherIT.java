package dev.ocfcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import dev.ocfcloud.launcher.role.RoleRegistry;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in this JVM against an external cluster (the test kit's broker). */
@EmbeddedKafka
class CloudLauncherIT {
    @TempDir
    Path dataDir;

    @Test
    void usesTheExternalClusterAndCreatesTheEventsTopicThere(KafkaCluster kafka) throws Exception {
        int coapPort = LoopbackPorts.free();
        CloudLauncher launcher = launcher(
                kafka,
                Map.of(
                        "OCF_KAFKA_EVENTS_TOPIC", "it.events.external",
                        "OCF_KAFKA_EVENTS_PARTITIONS", "4",
                        "OCF_ROLES", "gateway,aggregate",
                        "OCF_GATEWAY_COAP_TCP_PORT", String.valueOf(coapPort)));
        try {
            CloudReady ready = await(launcher.start());

            assertThat(ready.readyLine())
                    .startsWith("OCF cloud ready: roles=[aggregate,gateway] coap+tcp=127.0.0.1:" + coapPort)
                    .contains("kafka=" + kafka.bootstrapServers() + " (external)");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(List.of("it.events.external"))
                        .allTopicNames()
                        .get()
                        .get("it.events.external");
                assertThat(topic.partitions()).hasSize(4);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "it.events.external");
                Config config =
                        admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            }
            assertThat(dataDir.resolve("kafka")).doesNotExist();
        } finally {
            CloudStop stop = launcher.stop();
            assertThat(stop.problems()).isEmpty();
        }
    }

    @Test
    void failsToStartWhenTheEventsTopicCannotBeCreatedAndStillStopsCleanly(KafkaCluster kafka) {
        CloudLauncher launcher = launcher(
                kafka,
                Map.of("OCF_KAFKA_EVENTS_TOPIC", "it.events.refused", "OCF_KAFKA_EVENTS_REPLICATION_FACTOR", "3"));

        assertThatThrownBy(() -> await(launcher.start()))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("creating topic it.events.refused failed");
        assertThat(launcher.stop().problems()).isEmpty();
    }

    @Test
    void stoppingTwiceIsHarmless(KafkaCluster kafka) throws Exception {
        CloudLauncher launcher = launcher(kafka, Map.of("OCF_KAFKA_EVENTS_TOPIC", "it.events.twice"));
        await(launcher.start());

        assertThat(launcher.stop().problems()).isEmpty();
        assertThat(launcher.stop().problems()).isEmpty();
    }

    private CloudLauncher launcher(KafkaCluster kafka, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of(
                "OCF_DATA_DIR", dataDir.toString(),
                "OCF_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "OCF_GATEWAY_HOST", "127.0.0.1",
                "OCF_GATEWAY_COAP_TCP_PORT", "0",
                "OCF_SHUTDOWN_TIMEOUT_SECONDS", "20"));
        env.putAll(overrides);
        CloudConfig config = CloudConfigLoader.load(Optional.empty(), env);
        return new CloudLauncher(config, RoleRegistry.standard());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
