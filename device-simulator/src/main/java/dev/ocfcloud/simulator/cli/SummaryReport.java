package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The summary printed at the end of a run (also after Ctrl-C): one labelled line per subject. */
final class SummaryReport {
    private final StringBuilder text = new StringBuilder("=== device-simulator summary ===\n");
    private final int devices;
    private final MetricsSnapshot m;

    private SummaryReport(int devices, MetricsSnapshot snapshot) {
        this.devices = devices;
        this.m = snapshot;
    }

    /**
     * @param statuses the devices' statuses just before they were stopped
     * @param ending why the run ended
     */
    static String format(
            int devices, Duration elapsed, String ending, Map<DeviceStatus, Integer> statuses, MetricsSnapshot m) {
        SummaryReport report = new SummaryReport(devices, m);
        report.line("run", devices + " devices, " + Durations.format(elapsed) + ", ended: " + ending);
        report.devices(statuses);
        report.traffic(elapsed);
        report.failures();
        report.result();
        return report.text.toString();
    }

    private void devices(Map<DeviceStatus, Integer> statuses) {
        line(
                "devices",
                "signed in " + m.devicesSignedIn() + "/" + devices + ", published " + m.devicesPublished() + "/"
                        + devices + ", failed " + m.devicesFailed() + ", at the end: " + joined(statuses));
        line(
                "connections",
                "attempts " + m.connectsAttempted() + ", reconnects "
                        + m.keepalive().reconnects() + ", open at the end " + m.connectedNow());
    }

    private void traffic(Duration elapsed) {
        MetricsSnapshot.Operations ops = m.operations();
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 1e-3);
        line(
                "operations",
                "sign-ups " + ops.signUps() + ", sign-ins " + ops.signIns() + ", refreshes "
                        + ops.refreshes() + ", sign-outs " + ops.signOuts() + ", publishes " + ops.publishes()
                        + ", deregistrations " + ops.deregistrations());
        line(
                "notifications",
                String.format(Locale.ROOT, "%d (%.1f/s)", ops.notifications(), ops.notifications() / seconds));
        line(
                "keepalive",
                "pings sent " + m.keepalive().pingsSent() + ", pongs received "
                        + m.keepalive().pongsReceived() + ", pings from the cloud "
                        + m.keepalive().pingsReceived());
        line("requests served", m.requestsServed().isEmpty() ? "none" : joined(m.requestsServed()));
        line("sign-up latency", m.signUpLatency().toString());
        line("sign-in latency", m.signInLatency().toString());
    }

    private void failures() {
        if (m.failures().isEmpty()) {
            line("failures", "none");
            return;
        }
        line("failures", Long.toString(m.totalFailures()));
        for (FailureReason reason : FailureReason.values()) {
            long count = m.failureCount(reason);
            if (count > 0) {
                text.append(String.format(Locale.ROOT, "  %8d  %-26s %s%n", count, reason, reason.description()));
            }
        }
    }

    private void result() {
        boolean ready = m.devicesSignedIn() >= devices && m.devicesPublished() >= devices;
        line(
                "result",
                ready
                        ? "OK: every device signed in and published"
                        : "NOT OK: " + (devices - Math.min(devices, m.devicesSignedIn())) + " never signed in, "
                                + (devices - Math.min(devices, m.devicesPublished())) + " not published");
    }

    private static String joined(Map<?, ? extends Number> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((key, count) -> joiner.add(key + " " + count));
        return joiner.toString();
    }

    private void line(String label, String value) {
        text.append(String.format(Locale.ROOT, "%-16s %s%n", label + ":", value));
    }
}
