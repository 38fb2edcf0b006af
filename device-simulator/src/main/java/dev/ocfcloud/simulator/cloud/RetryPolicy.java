package dev.ocfcloud.simulator.cloud;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Per-attempt timeouts of sign-up, sign-in and refresh. iotivity-lite's are 2, 4, 8, 16, 32 and 64 s,
 * and it waits t/2 plus a random part of up to t/2 before a retry (PROTOCOL.md §1.2 "Timing").
 */
public record RetryPolicy(List<Duration> timeouts) {
    public RetryPolicy {
        if (timeouts.isEmpty()) {
            throw new IllegalArgumentException("a retry policy has at least one attempt");
        }
        timeouts = List.copyOf(timeouts);
    }

    public static RetryPolicy iotivity() {
        return doubling(Duration.ofSeconds(2), 6);
    }

    /** {@code attempts} attempts, the first timing out after {@code first}, each next one after twice as long. */
    public static RetryPolicy doubling(Duration first, int attempts) {
        List<Duration> timeouts = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            timeouts.add(first.multipliedBy(1L << i));
        }
        return new RetryPolicy(timeouts);
    }

    public int attempts() {
        return timeouts.size();
    }

    public Duration timeout(int attempt) {
        return timeouts.get(attempt);
    }

    /** The wait after attempt {@code failed} (0-based) before the next: t/2 + random(0..t/2). */
    public Duration delayAfter(int failed) {
        long half = timeouts.get(failed).toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
