package dev.ocfcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.launcher.kafka.KafkaEndpoint;
import dev.ocfcloud.launcher.role.Role;
import dev.ocfcloud.launcher.role.StartedRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudReadyTest {
    @Test
    void namesRolesEndpointsAndKafkaInOneLine() {
        CloudReady ready = new CloudReady(
                List.of(
                        new StartedRole(Role.AGGREGATE, List.of(), Optional.empty()),
                        new StartedRole(Role.GATEWAY, List.of("d1"), Optional.of("coap+tcp=0.0.0.0:5683"))),
                new KafkaEndpoint("k1:9092,k2:9092", Optional.empty()),
                Duration.ofMillis(2345));

        assertThat(ready.readyLine())
                .isEqualTo("OCF cloud ready: roles=[aggregate,gateway] coap+tcp=0.0.0.0:5683"
                        + " kafka=k1:9092,k2:9092 (external) in 2.3 s");
    }

    @Test
    void aStopWithProblemsSaysWhichStepsHadThem() {
        CloudStop stop = new CloudStop(
                Duration.ofSeconds(30), List.of("stopping the embedded Kafka broker did not" + " finish in time"));

        assertThat(stop.stopLine())
                .isEqualTo("OCF cloud stopped in 30.0 s, with problems: stopping the embedded Kafka broker did not"
                        + " finish in time");
    }
}
