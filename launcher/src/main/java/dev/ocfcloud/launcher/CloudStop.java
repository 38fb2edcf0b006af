package dev.ocfcloud.launcher;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How stopping went: how long it took and which steps did not finish in time or failed.
 *
 * @param duration from the start of stopping to its end
 * @param problems one line per step that timed out or failed; empty when all went well
 */
public record CloudStop(Duration duration, List<String> problems) {
    /** The prefix of {@link #stopLine()}. */
    public static final String STOP_PREFIX = "OCF cloud stopped";

    static CloudStop alreadyStopped() {
        return new CloudStop(Duration.ZERO, List.of());
    }

    /** E.g. {@code OCF cloud stopped in 0.8 s}. */
    public String stopLine() {
        String line = STOP_PREFIX + " in " + CloudReady.seconds(duration);
        return problems.isEmpty() ? line : line + ", with problems: " + String.join("; ", problems);
    }

    /** Runs the steps of stopping against one deadline, collecting their problems. */
    static final class Recorder {
        private final long started = System.nanoTime();
        private final long deadline;
        private final List<String> problems = new CopyOnWriteArrayList<>();

        Recorder(Duration timeout) {
            this.deadline = started + timeout.toNanos();
        }

        void await(String step, Future<?> future) {
            try {
                future.toCompletionStage().toCompletableFuture().get(remainingNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                problems.add(step + " failed: " + e.getCause());
            } catch (TimeoutException e) {
                problems.add(step + " did not finish in time");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(step + " was interrupted");
            }
        }

        /** Runs a blocking step on its own thread, waiting for it no longer than the deadline allows. */
        void run(String step, Runnable blocking) {
            Thread worker = Thread.ofPlatform().name("ocf-stop").daemon().unstarted(() -> {
                try {
                    blocking.run();
                } catch (RuntimeException e) {
                    problems.add(step + " failed: " + e);
                }
            });
            worker.start();
            try {
                worker.join(Duration.ofNanos(remainingNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                problems.add(step + " did not finish in time");
            }
        }

        private long remainingNanos() {
            return Math.max(0, deadline - System.nanoTime());
        }

        CloudStop result() {
            return new CloudStop(Duration.ofNanos(System.nanoTime() - started), List.copyOf(problems));
        }
    }
}
