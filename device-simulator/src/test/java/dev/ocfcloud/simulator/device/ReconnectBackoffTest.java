package dev.ocfcloud.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
    @Test
    void doublesUpToTheMaximumWithJitterInTheUpperHalfAndResets() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8));

        assertThat(backoff.next()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(backoff.next()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(backoff.next()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(backoff.next()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        backoff.reset();
        assertThat(backoff.next()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
