package dev.ocfcloud.simulator.metrics;

import java.util.Map;

/**
 * The counters at one moment.
 *
 * @param connectsAttempted TCP connects tried, reconnects included
 * @param connectedNow devices with an open connection
 * @param signedInNow devices signed in on their current connection
 * @param devicesSignedIn devices that signed in at least once
 * @param devicesPublished devices whose links were all acknowledged (in this run or a stored earlier one)
 * @param devicesFailed devices stopped for good by a fatal answer
 * @param requestsServed cloud→device requests answered, by method and code
 */
public record MetricsSnapshot(
        long connectsAttempted,
        long connectedNow,
        long signedInNow,
        long devicesSignedIn,
        long devicesPublished,
        long devicesFailed,
        Operations operations,
        Keepalive keepalive,
        Map<String, Long> requestsServed,
        Map<FailureReason, Long> failures,
        LatencySummary signUpLatency,
        LatencySummary signInLatency) {
    public MetricsSnapshot {
        requestsServed = Map.copyOf(requestsServed);
        failures = Map.copyOf(failures);
    }

    public long failureCount(FailureReason reason) {
        return failures.getOrDefault(reason, 0L);
    }

    public long totalFailures() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Successful device→cloud operations. */
    public record Operations(
            long signUps,
            long signIns,
            long signOuts,
            long refreshes,
            long publishes,
            long deregistrations,
            long notifications) {}

    /** RFC 8323 §5.4 traffic and reconnections. */
    public record Keepalive(long pingsSent, long pongsReceived, long pingsReceived, long reconnects) {}
}
