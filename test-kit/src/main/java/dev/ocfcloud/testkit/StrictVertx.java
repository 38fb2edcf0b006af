package dev.ocfcloud.testkit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A {@link Vertx} for tests whose blocked-thread checker is tight: an event loop busy for longer
 * than the limit ({@link #MAX_EVENT_LOOP_EXECUTE_TIME} unless given) is reported (logged with its
 * stack) and recorded in {@link #blockedThreadReports()}. Created on first {@link #get()}; {@link
 * #close()} closes it.
 */
public final class StrictVertx implements Supplier<Vertx>, AutoCloseable {
    /** The default limit: longer than this on an event loop counts as blocking it (Vert.x's is 2 s). */
    public static final Duration MAX_EVENT_LOOP_EXECUTE_TIME =
            Duration.ofMillis(VertxTest.DEFAULT_MAX_EVENT_LOOP_EXECUTE_MILLIS);

    private static final Duration CHECK_INTERVAL = Duration.ofMillis(50);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final BlockedThreadRecorder recorder = new BlockedThreadRecorder();
    private final Duration maxEventLoopExecuteTime;
    private Vertx vertx;

    /** With the default limit, {@link #MAX_EVENT_LOOP_EXECUTE_TIME}. */
    public StrictVertx() {
        this(MAX_EVENT_LOOP_EXECUTE_TIME);
    }

    public StrictVertx(Duration maxEventLoopExecuteTime) {
        this.maxEventLoopExecuteTime = maxEventLoopExecuteTime;
    }

    /** The options: the tight blocked-thread check, and stacks printed at the first report. */
    public static VertxOptions options(Duration maxEventLoopExecuteTime) {
        return new VertxOptions()
                .setMaxEventLoopExecuteTime(maxEventLoopExecuteTime.toMillis())
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(CHECK_INTERVAL.toMillis())
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                .setWarningExceptionTime(maxEventLoopExecuteTime.toMillis())
                .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized Vertx get() {
        if (vertx == null) {
            vertx = Vertx.builder().with(options(maxEventLoopExecuteTime)).build();
            // Internal API: the only hook on the checker. If Vert.x moves it, this stops compiling.
            ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(recorder);
        }
        return vertx;
    }

    /** The limit this instance enforces. */
    public Duration maxEventLoopExecuteTime() {
        return maxEventLoopExecuteTime;
    }

    /** Every blocked-thread report so far, e.g. "Thread vert.x-eventloop-thread-0 has been blocked…". */
    public List<String> blockedThreadReports() {
        return recorder.reports();
    }

    /** Closes the Vert.x instance (undeploying everything) if it was created, waiting up to 30 s. */
    @Override
    public synchronized void close() throws ExecutionException, InterruptedException, TimeoutException {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            vertx = null;
        }
    }
}
