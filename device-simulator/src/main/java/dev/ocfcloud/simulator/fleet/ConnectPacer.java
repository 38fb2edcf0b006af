package dev.ocfcloud.simulator.fleet;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.IntConsumer;

/**
 * Starts devices at a steady rate: every tick it starts those due by the time elapsed, so the rate
 * holds however late a tick fires. Runs on one context.
 */
final class ConnectPacer {
    private static final long TICK_MILLIS = 10;

    private final Context context;
    private final int count;
    private final double perSecond;
    private final IntConsumer start;
    private final Promise<Void> done = Promise.promise();
    private long timer = -1;
    private int next;
    private long startNanos;

    ConnectPacer(Context context, int count, double perSecond, IntConsumer start) {
        this.context = context;
        this.count = count;
        this.perSecond = perSecond;
        this.start = start;
    }

    /** Begins; the future completes when every device was started (or the pacer was stopped). */
    Future<Void> run() {
        context.runOnContext(ignored -> {
            startNanos = System.nanoTime();
            tick();
            if (next < count) {
                timer = context.owner().setPeriodic(TICK_MILLIS, id -> tick());
            }
        });
        return done.future();
    }

    void stop() {
        context.runOnContext(ignored -> finish());
    }

    private void tick() {
        int due =
                perSecond <= 0 ? count : (int) Math.min(count, (System.nanoTime() - startNanos) / 1e9 * perSecond + 1);
        while (next < due) {
            start.accept(next++);
        }
        if (next >= count) {
            finish();
        }
    }

    private void finish() {
        context.owner().cancelTimer(timer);
        next = count;
        done.tryComplete();
    }
}
