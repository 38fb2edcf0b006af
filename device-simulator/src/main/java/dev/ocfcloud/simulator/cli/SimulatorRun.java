package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.fleet.DeviceFleet;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.state.DeviceRecord;
import dev.ocfcloud.simulator.state.StateFile;
import dev.ocfcloud.simulator.state.StateStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One bounded run: start the fleet, print progress until the duration is over (or every device is
 * ready, with {@code --until-ready}, or {@link #interrupt}), stop the devices, save the state file,
 * print the summary. Runs on the caller's thread, which it blocks (never call it on an event loop).
 */
final class SimulatorRun {
    static final int READY = 0;
    static final int NOT_READY = 1;

    private static final long TICK_MILLIS = 100;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** File descriptors a process needs besides its device connections (jars, epoll, stdio…). */
    private static final int SPARE_FILES = 256;

    private final CliOptions options;
    private final InputStream in;
    private final PrintStream out;
    private final CompletableFuture<String> interrupted = new CompletableFuture<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    /** @param in console commands ({@link ConsoleCommands}), read while the run goes on */
    SimulatorRun(CliOptions options, InputStream in, PrintStream out) {
        this.options = options;
        this.in = in;
        this.out = out;
    }

    /** Ends the run early (Ctrl-C); the summary is still printed. */
    void interrupt() {
        interrupted.complete("interrupted");
    }

    /** Waits until the summary has been printed. */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int run() {
        try {
            checkFileLimit();
            Optional<StateFile> stateFile = options.stateFile().map(StateFile::open);
            checkOnboarding(stateFile);
            Cbor.warmUp();
            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(options.eventLoops()));
            try {
                return run(vertx, stateFile);
            } finally {
                await(vertx.close(), STOP_TIMEOUT);
            }
        } finally {
            finished.countDown();
        }
    }

    private int run(Vertx vertx, Optional<StateFile> stateFile) {
        SimulatorMetrics metrics = new SimulatorMetrics();
        StateStore state = stateFile.<StateStore>map(file -> file).orElseGet(StateStore::inMemory);
        OnboardingCodes codes = options.onboarding().codes(vertx);
        long start = System.nanoTime();
        DeviceFleet fleet = await(DeviceFleet.start(vertx, options.fleetConfig(), codes, state, metrics), STOP_TIMEOUT);
        out.printf(
                "device-simulator: %d devices -> %s, %s, connect rate %s/s%n",
                options.devices(), options.cloud(), Durations.format(options.duration()), rate());
        ProgressLine progress = new ProgressLine(options.devices(), start);
        Runnable status = () -> out.println(
                progress.next(metrics.snapshot(), Duration.ofNanos(System.nanoTime() - start), System.nanoTime()));
        new ConsoleCommands(in, out, fleet, status, interrupted::complete).start();
        String ending = waitForTheEnd(fleet, stateFile, start, status);
        Map<DeviceStatus, Integer> statuses = fleet.statusCounts();
        long connected = metrics.snapshot().connectedNow();
        out.printf("stopping (%s): %d devices, on exit: %s%n", ending, connected, options.onExit());
        boolean stopped = awaitQuietly(fleet.stop(options.onExit()), STOP_TIMEOUT);
        stateFile.ifPresent(StateFile::flushBlocking);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String end = stopped ? ending : ending + " (not every device stopped in time)";
        out.print(SummaryReport.format(options.devices(), elapsed, end, statuses, metrics.snapshot()));
        out.flush();
        return fleet.ready() ? READY : NOT_READY;
    }

    private String rate() {
        return options.connectRate() <= 0 ? "unlimited" : String.valueOf(options.connectRate());
    }

    private String waitForTheEnd(DeviceFleet fleet, Optional<StateFile> state, long start, Runnable progress) {
        long deadline = start + options.duration().toNanos();
        long nextProgress = start + options.progressInterval().toNanos();
        while (true) {
            long now = System.nanoTime();
            if (now >= deadline) {
                return "duration reached";
            }
            if (options.untilReady() && fleet.ready()) {
                return "every device ready";
            }
            if (now >= nextProgress) {
                nextProgress += options.progressInterval().toNanos();
                state.ifPresent(StateFile::flushBlocking);
                progress.run();
            }
            try {
                long wait = Math.min(TICK_MILLIS, Math.max(1, (deadline - now) / 1_000_000));
                return interrupted.get(wait, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // the normal case: keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } catch (ExecutionException e) {
                return "interrupted";
            }
        }
    }

    /** ulimit -n bounds the connections of one process (docs/simulator.md: spread over processes). */
    private void checkFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long limit = unix.getMaxFileDescriptorCount();
            if (options.devices() + SPARE_FILES > limit) {
                throw new UsageException(
                        options.devices() + " devices need more open files than this process may have ("
                                + limit + ", ulimit -n): run several processes, each with its own --state-file"
                                + " and --source-addresses (docs/simulator.md)");
            }
        }
    }

    private void checkOnboarding(Optional<StateFile> stateFile) {
        if (options.onboarding().given()) {
            return;
        }
        long registered = 0;
        for (int i = 0; i < options.devices(); i++) {
            int index = i;
            registered += stateFile
                            .flatMap(file -> file.load(index))
                            .filter(DeviceRecord::registered)
                            .isPresent()
                    ? 1
                    : 0;
        }
        if (registered < options.devices()) {
            throw new UsageException((options.devices() - registered) + " devices have to sign up: give"
                    + " --onboarding-code, --onboarding-codes-file or --onboarding-url");
        }
    }

    private static <T> T await(Future<T> future, Duration timeout) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean awaitQuietly(Future<?> future, Duration timeout) {
        try {
            await(future, timeout);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
