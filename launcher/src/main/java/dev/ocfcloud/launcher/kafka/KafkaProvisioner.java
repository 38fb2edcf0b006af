package dev.ocfcloud.launcher.kafka;

import dev.ocfcloud.embedded.kafka.EmbeddedKafkaBroker;
import dev.ocfcloud.embedded.kafka.KafkaTopicCreator;
import dev.ocfcloud.embedded.kafka.TopicSpec;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gets the cloud a Kafka cluster: the configured external one, or the embedded broker started on
 * a worker thread (it blocks for seconds); then makes sure the events topic exists.
 */
public final class KafkaProvisioner {
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private KafkaProvisioner() {}

    /** The external cluster as configured, or a freshly started embedded broker. */
    public static Future<KafkaEndpoint> connect(Vertx vertx, CloudConfig config) {
        KafkaConfig kafka = config.kafka();
        if (!kafka.embedded()) {
            return Future.succeededFuture(new KafkaEndpoint(kafka.bootstrapServers(), Optional.empty()));
        }
        return vertx.executeBlocking(() -> {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(config.kafkaDataDir(), kafka.embeddedPort());
            return new KafkaEndpoint(broker.bootstrapServers(), Optional.of(broker));
        });
    }

    /** Creates the events topic if it is missing (Admin client round trips, on a worker thread). */
    public static Future<Void> ensureTopics(Vertx vertx, KafkaEndpoint endpoint, KafkaConfig kafka) {
        return vertx.executeBlocking(() -> {
            KafkaTopicCreator.createMissing(endpoint.bootstrapServers(), List.of(eventsTopic(kafka)), ADMIN_TIMEOUT);
            return null;
        });
    }

    /** The events topic: the source of truth, so its records are kept forever. */
    static TopicSpec eventsTopic(KafkaConfig kafka) {
        return new TopicSpec(
                kafka.eventsTopic(),
                kafka.eventsPartitions(),
                (short) kafka.eventsReplicationFactor(),
                Map.of("retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete"));
    }
}
