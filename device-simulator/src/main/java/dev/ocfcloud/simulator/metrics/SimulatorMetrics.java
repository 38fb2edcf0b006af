package dev.ocfcloud.simulator.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What all devices of a process did, counted from many event loops at once (adders and concurrent
 * histograms, no locks). {@link #snapshot()} reads a consistent-enough view for progress lines and the
 * summary.
 */
public final class SimulatorMetrics {
    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final LongAdder connectsAttempted = new LongAdder();
    private final LongAdder connectedNow = new LongAdder();
    private final LongAdder signedInNow = new LongAdder();
    private final LongAdder devicesSignedIn = new LongAdder();
    private final LongAdder devicesPublished = new LongAdder();
    private final LongAdder devicesFailed = new LongAdder();
    private final LongAdder signUps = new LongAdder();
    private final LongAdder signIns = new LongAdder();
    private final LongAdder signOuts = new LongAdder();
    private final LongAdder refreshes = new LongAdder();
    private final LongAdder publishes = new LongAdder();
    private final LongAdder deregistrations = new LongAdder();
    private final LongAdder notifications = new LongAdder();
    private final LongAdder pingsSent = new LongAdder();
    private final LongAdder pongsReceived = new LongAdder();
    private final LongAdder pingsReceived = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final Map<String, LongAdder> requestsServed = new ConcurrentHashMap<>();
    private final Map<FailureReason, LongAdder> failures = new ConcurrentHashMap<>();
    private final Histogram signUpMicros = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
    private final Histogram signInMicros = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);

    public void connectAttempted() {
        connectsAttempted.increment();
    }

    public void connected() {
        connectedNow.increment();
    }

    public void disconnected() {
        connectedNow.decrement();
    }

    public void reconnecting() {
        reconnects.increment();
    }

    public void signedUp(long roundTripNanos) {
        signUps.increment();
        signUpMicros.recordValue(clamp(roundTripNanos));
    }

    /** A successful sign-in; {@code firstForDevice} counts the device once among those that signed in. */
    public void signedIn(long roundTripNanos, boolean firstForDevice) {
        signIns.increment();
        signInMicros.recordValue(clamp(roundTripNanos));
        if (firstForDevice) {
            devicesSignedIn.increment();
        }
    }

    /** A device is signed in on its connection (a re-sign-in after a refresh does not count again). */
    public void sessionStarted() {
        signedInNow.increment();
    }

    public void sessionEnded() {
        signedInNow.decrement();
    }

    public void signedOut() {
        signOuts.increment();
    }

    public void refreshed() {
        refreshes.increment();
    }

    public void published(boolean allLinksForTheFirstTime) {
        publishes.increment();
        if (allLinksForTheFirstTime) {
            devicesPublished.increment();
        }
    }

    /** A device whose links were all published before this run (from the state file). */
    public void alreadyPublished() {
        devicesPublished.increment();
    }

    public void deregistered() {
        deregistrations.increment();
    }

    public void deviceFailed() {
        devicesFailed.increment();
    }

    public void notificationSent() {
        notifications.increment();
    }

    public void pingSent() {
        pingsSent.increment();
    }

    public void pongReceived() {
        pongsReceived.increment();
    }

    public void pingReceived() {
        pingsReceived.increment();
    }

    /** A cloud→device request answered, e.g. {@code ("GET", "2.05")}. */
    public void served(String method, String code) {
        requestsServed
                .computeIfAbsent(method + " " + code, key -> new LongAdder())
                .increment();
    }

    public void failure(FailureReason reason) {
        failures.computeIfAbsent(reason, key -> new LongAdder()).increment();
    }

    public long failures(FailureReason reason) {
        LongAdder adder = failures.get(reason);
        return adder == null ? 0 : adder.sum();
    }

    private static long clamp(long nanos) {
        return Math.min(Math.max(TimeUnit.NANOSECONDS.toMicros(nanos), 0), MAX_LATENCY_MICROS);
    }

    public MetricsSnapshot snapshot() {
        Map<FailureReason, Long> failureCounts = new EnumMap<>(FailureReason.class);
        failures.forEach((reason, adder) -> failureCounts.put(reason, adder.sum()));
        Map<String, Long> served = new TreeMap<>();
        requestsServed.forEach((key, adder) -> served.put(key, adder.sum()));
        return new MetricsSnapshot(
                connectsAttempted.sum(),
                connectedNow.sum(),
                signedInNow.sum(),
                devicesSignedIn.sum(),
                devicesPublished.sum(),
                devicesFailed.sum(),
                new MetricsSnapshot.Operations(
                        signUps.sum(),
                        signIns.sum(),
                        signOuts.sum(),
                        refreshes.sum(),
                        publishes.sum(),
                        deregistrations.sum(),
                        notifications.sum()),
                new MetricsSnapshot.Keepalive(
                        pingsSent.sum(), pongsReceived.sum(), pingsReceived.sum(), reconnects.sum()),
                served,
                failureCounts,
                LatencySummary.of(signUpMicros),
                LatencySummary.of(signInMicros));
    }
}
