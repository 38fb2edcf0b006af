package dev.ocfcloud.simulator.device;

import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.transport.CloseReason;
import dev.ocfcloud.simulator.transport.CloudConnection;
import dev.ocfcloud.simulator.transport.ConnectionClosedException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import java.time.Duration;

/** Pings the cloud on one connection and closes it after too many missed Pongs. Confined to the device's event loop. */
final class Keepalive {
    private final Vertx vertx;
    private final CloudConnection connection;
    private final KeepaliveSettings settings;
    private final SimulatorMetrics metrics;
    private long timer = -1;
    private int misses;
    private boolean stopped;

    Keepalive(Vertx vertx, CloudConnection connection, KeepaliveSettings settings, SimulatorMetrics metrics) {
        this.vertx = vertx;
        this.connection = connection;
        this.settings = settings;
        this.metrics = metrics;
    }

    void start() {
        if (settings.enabled()) {
            schedule(settings.interval());
        }
    }

    void stop() {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    private void schedule(Duration delay) {
        if (!stopped) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> ping());
        }
    }

    private void ping() {
        if (!stopped) {
            connection.ping(settings.timeout()).onComplete(this::answered);
        }
    }

    private void answered(AsyncResult<Void> result) {
        if (stopped || result.cause() instanceof ConnectionClosedException) {
            return;
        }
        if (result.succeeded()) {
            misses = 0;
            schedule(settings.interval());
            return;
        }
        misses++;
        metrics.failure(FailureReason.PONG_MISSED);
        if (misses >= settings.maxMisses()) {
            metrics.failure(FailureReason.KEEPALIVE_FAILED);
            connection.close(CloseReason.KEEPALIVE_FAILED);
        } else {
            ping();
        }
    }
}
