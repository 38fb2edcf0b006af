package dev.ocfcloud.simulator.device;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before reconnecting: doubling from {@code min} up to {@code max}, each drawn as t/2 plus a
 * random part of up to t/2 (iotivity-lite's schedule, PROTOCOL.md §1.2), so a fleet dropped at once
 * does not come back at once. Reset when the device is signed in again.
 */
final class ReconnectBackoff {
    private final Duration min;
    private final Duration max;
    private int failures;

    ReconnectBackoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    Duration next() {
        long base = min.toMillis() << Math.min(failures, 20);
        long ceiling = Math.min(Math.max(base, 1), max.toMillis());
        failures++;
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }

    void reset() {
        failures = 0;
    }
}
