package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The summary printed at the end of a run (also after Ctrl-C). */
final class SummaryReport {
    private SummaryReport() {}

    /**
     * @param statuses the devices' statuses just before they were stopped
     * @param ending why the run ended
     */
    static String format(
            int devices, Duration elapsed, String ending, Map<DeviceStatus, Integer> statuses, MetricsSnapshot m) {
        MetricsSnapshot.Operations ops = m.operations();
        MetricsSnapshot.Keepalive keepalive = m.keepalive();
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 1e-3);
        StringBuilder text = new StringBuilder();
        text.append("=== device-simulator summary ===\n");
        line(text, "run", devices + " devices, " + Durations.format(elapsed) + ", ended: " + ending);
        line(
                text,
                "devices",
                "signed in " + m.devicesSignedIn() + "/" + devices + ", published "
                        + m.devicesPublished() + "/" + devices + ", failed " + m.devicesFailed() + ", at the end: "
                        + statuses(statuses));
        line(
                text,
                "connections",
                "attempts " + m.connectsAttempted() + ", reconnects " + keepalive.reconnects() + ", open at the end "
                        + m.connectedNow());
        line(
                text,
                "operations",
                "sign-ups " + ops.signUps() + ", sign-ins " + ops.signIns() + ", refreshes "
                        + ops.refreshes() + ", sign-outs " + ops.signOuts() + ", publishes " + ops.publishes()
                        + ", deregistrations " + ops.deregistrations());
        line(
                text,
                "notifications",
                ops.notifications() + String.format(Locale.ROOT, " (%.1f/s)", ops.notifications() / seconds));
        line(
                text,
                "keepalive",
                "pings sent " + keepalive.pingsSent() + ", pongs received " + keepalive.pongsReceived()
                        + ", pings from the cloud " + keepalive.pingsReceived());
        line(text, "requests served", m.requestsServed().isEmpty() ? "none" : counts(m.requestsServed()));
        line(text, "sign-up latency", m.signUpLatency().toString());
        line(text, "sign-in latency", m.signInLatency().toString());
        failures(text, m);
        boolean ready = m.devicesSignedIn() >= devices && m.devicesPublished() >= devices;
        line(
                text,
                "result",
                ready
                        ? "OK: every device signed in and published"
                        : "NOT OK: " + (devices - Math.min(devices, m.devicesSignedIn())) + " never signed in, "
                                + (devices - Math.min(devices, m.devicesPublished())) + " not published");
        return text.toString();
    }

    private static void failures(StringBuilder text, MetricsSnapshot m) {
        if (m.failures().isEmpty()) {
            line(text, "failures", "none");
            return;
        }
        line(text, "failures", Long.toString(m.totalFailures()));
        for (FailureReason reason : FailureReason.values()) {
            long count = m.failureCount(reason);
            if (count > 0) {
                text.append(String.format(Locale.ROOT, "  %8d  %-26s %s%n", count, reason, reason.description()));
            }
        }
    }

    private static String statuses(Map<DeviceStatus, Integer> statuses) {
        StringJoiner joiner = new StringJoiner(", ");
        statuses.forEach((status, count) -> joiner.add(status + " " + count));
        return joiner.toString();
    }

    private static String counts(Map<String, Long> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((key, count) -> joiner.add(key + " " + count));
        return joiner.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-16s %s%n", label + ":", value));
    }
}
