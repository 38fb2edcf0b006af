package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.UUID;

/** The event store contract, held against a real Kafka broker. */
@EmbeddedKafka(shared = true)
class KafkaEventStoreIT extends EventStoreContract {
    private final KafkaCluster kafka;

    KafkaEventStoreIT(KafkaCluster kafka) {
        this.kafka = kafka;
    }

    @Override
    protected EventStore newStore(Vertx vertx) {
        String topic = "events-" + UUID.randomUUID();
        kafka.createTopic(topic, 2);
        EventLogConfig log =
                EventLogConfig.of(kafka.bootstrapServers()).withTopic(topic).withPartitions(2);
        return new KafkaEventStore(vertx, log, "contract-" + UUID.randomUUID(), Duration.ofSeconds(10));
    }
}
