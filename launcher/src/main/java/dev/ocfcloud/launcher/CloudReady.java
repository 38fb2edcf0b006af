package dev.ocfcloud.launcher;

import dev.ocfcloud.launcher.kafka.KafkaEndpoint;
import dev.ocfcloud.launcher.role.StartedRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What came up, for the one line announcing it.
 *
 * @param roles the started roles, in start order
 * @param kafka the Kafka cluster in use
 * @param startupTime from the launcher's start to now
 */
public record CloudReady(List<StartedRole> roles, KafkaEndpoint kafka, Duration startupTime) {
    /** The prefix of {@link #readyLine()}, which scripts and tests wait for. */
    public static final String READY_PREFIX = "OCF cloud ready: ";

    /**
     * E.g. {@code OCF cloud ready: roles=[aggregate,directory,api,gateway] coap+tcp=0.0.0.0:5683
     * kafka=127.0.0.1:9092 (embedded, data data/kafka) in 2.3 s}.
     */
    public String readyLine() {
        String roleIds = roles.stream().map(started -> started.role().id()).collect(Collectors.joining(","));
        String endpoints = roles.stream()
                .map(StartedRole::endpoint)
                .flatMap(Optional::stream)
                .map(endpoint -> endpoint + " ")
                .collect(Collectors.joining());
        return READY_PREFIX + "roles=[" + roleIds + "] " + endpoints + "kafka=" + kafka.describe() + " in "
                + seconds(startupTime);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
