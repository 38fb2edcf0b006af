package dev.ocfcloud.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeepAliveTest {
    private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");
    private final KeepAlive keepAlive = new KeepAlive(Duration.ofSeconds(60), Duration.ofSeconds(15), T0);

    @Test
    void aQuietDeviceIsPingedOnceThenGivenUpOn() {
        assertThat(keepAlive.check(T0.plusSeconds(59))).isEqualTo(KeepAlive.Verdict.NOTHING);
        assertThat(keepAlive.check(T0.plusSeconds(61))).isEqualTo(KeepAlive.Verdict.PING);
        assertThat(keepAlive.check(T0.plusSeconds(70))).isEqualTo(KeepAlive.Verdict.NOTHING);
        assertThat(keepAlive.check(T0.plusSeconds(77))).isEqualTo(KeepAlive.Verdict.GIVE_UP);
    }

    @Test
    void anyFrameAfterThePingKeepsTheDevice() {
        keepAlive.check(T0.plusSeconds(61));
        keepAlive.heard(T0.plusSeconds(62));

        assertThat(keepAlive.check(T0.plusSeconds(80))).isEqualTo(KeepAlive.Verdict.NOTHING);
        assertThat(keepAlive.check(T0.plusSeconds(123))).isEqualTo(KeepAlive.Verdict.PING);
    }
}
