package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.Locale;

/** One line every few seconds: how far the fleet got, and the notification rate since the last line. */
final class ProgressLine {
    private final int devices;
    private long lastNotifications;
    private long lastNanos;

    ProgressLine(int devices, long startNanos) {
        this.devices = devices;
        this.lastNanos = startNanos;
    }

    String next(MetricsSnapshot snapshot, Duration elapsed, long nowNanos) {
        long notifications = snapshot.operations().notifications();
        double seconds = Math.max((nowNanos - lastNanos) / 1e9, 1e-3);
        double rate = (notifications - lastNotifications) / seconds;
        lastNotifications = notifications;
        lastNanos = nowNanos;
        return String.format(
                Locale.ROOT,
                "[%7s] connected %d/%d  signed-in %d (ever %d)  published %d  notifications %d (%.1f/s)"
                        + "  reconnects %d  failures %d",
                Durations.format(elapsed),
                snapshot.connectedNow(),
                devices,
                snapshot.signedInNow(),
                snapshot.devicesSignedIn(),
                snapshot.devicesPublished(),
                notifications,
                rate,
                snapshot.keepalive().reconnects(),
                snapshot.totalFailures());
    }
}
