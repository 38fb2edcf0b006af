package dev.ocfcloud.projection;

import dev.ocfcloud.model.config.EventLogConfig;
import java.util.HashMap;
import java.util.Map;

/** The Kafka consumer settings of a projection. */
final class ConsumerSettings {
    private ConsumerSettings() {}

    static Map<String, Object> of(EventLogConfig log, String name, Subscription subscription) {
        Map<String, Object> config = new HashMap<>(log.clientProperties());
        config.put("bootstrap.servers", log.bootstrapServers());
        // Only committed transactions: an event exists once its append committed (DESIGN §2.1).
        config.put("isolation.level", "read_committed");
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.putIfAbsent("max.poll.records", "2000");
        // Let the broker gather a little before answering a fetch: under load this saves most fetch
        // round trips (the broker's dominant cost) for at most this much added latency.
        config.putIfAbsent("fetch.min.bytes", "16384");
        config.putIfAbsent("fetch.max.wait.ms", "10");
        config.putIfAbsent("client.id", "ocf-projection-" + name);
        if (subscription instanceof Subscription.Group group) {
            config.put("group.id", group.groupId());
            config.put("partition.assignment.strategy", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
        }
        return config;
    }
}
