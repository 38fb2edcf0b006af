package dev.ocfcloud.launcher.kafka;

import dev.ocfcloud.embedded.kafka.EmbeddedKafkaBroker;
import java.util.Optional;

/**
 * The Kafka cluster the cloud uses: an external one, or the embedded broker this process started
 * (and stops).
 *
 * @param bootstrapServers where clients connect
 * @param embedded the broker this process runs, if any
 */
public record KafkaEndpoint(String bootstrapServers, Optional<EmbeddedKafkaBroker> embedded) {
    /** For the ready line: {@code 127.0.0.1:9092 (embedded, data ./data/kafka)} or {@code k1:9092 (external)}. */
    public String describe() {
        return embedded.map(broker -> bootstrapServers + " (embedded, data " + broker.logDir() + ")")
                .orElse(bootstrapServers + " (external)");
    }
}
