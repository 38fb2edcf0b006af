package dev.ocfcloud.simulator.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** iotivity-lite's timing rules (PROTOCOL.md §1.2 "Timing"). */
class TimingTest {
    @Test
    void refreshesEarlierTheLongerTheTokenLasts() {
        assertThat(RefreshSchedule.refreshAfter(3600)).isEqualTo(Duration.ofMinutes(58));
        assertThat(RefreshSchedule.refreshAfter(3601)).isEqualTo(Duration.ofSeconds(3001));
        assertThat(RefreshSchedule.refreshAfter(241)).isEqualTo(Duration.ofSeconds(121));
        assertThat(RefreshSchedule.refreshAfter(240)).isEqualTo(Duration.ofSeconds(230));
        assertThat(RefreshSchedule.refreshAfter(21)).isEqualTo(Duration.ofSeconds(11));
        assertThat(RefreshSchedule.refreshAfter(20)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void permanentTokensAreNeverRefreshed() {
        assertThat(new CloudCredentials("u", "a", "r", -1, 0).refreshAtMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(new CloudCredentials("u", "a", "r", 60, 1000).refreshAtMillis())
                .isEqualTo(1000 + 50_000);
    }

    @Test
    void iotivityRetriesSixTimesWithDoublingTimeouts() {
        RetryPolicy policy = RetryPolicy.iotivity();

        assertThat(policy.timeouts()).extracting(Duration::toSeconds).containsExactly(2L, 4L, 8L, 16L, 32L, 64L);
        for (int i = 0; i < 100; i++) {
            assertThat(policy.delayAfter(1)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
    }

    @Test
    void theAccessTokenGoesIntoTheDeregistrationOnlyIfItFits() {
        String di = "aded1776-0ebd-4772-534b-8becf3ebb367";
        CloudCredentials shortToken = new CloudCredentials("interop-user-1", "AT-interop-1", "r", 3600, 0);
        CloudCredentials jwt = new CloudCredentials("interop-user-1", "e".repeat(200), "r", 3600, 0);

        assertThat(CloudRequests.accessTokenFitsDeregistration(di, shortToken)).isTrue();
        assertThat(CloudRequests.accessTokenFitsDeregistration(di, jwt)).isFalse();
    }
}
