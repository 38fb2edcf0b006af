package dev.ocfcloud.simulator.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command line: parses, prints {@code --help}, runs one {@link SimulatorRun} and gives its exit
 * status. {@link #interrupt} (from a shutdown hook) ends the run early with its summary.
 */
public final class SimulatorCli {
    /** Every device signed in and published. */
    public static final int OK = SimulatorRun.READY;
    /** The run ended with devices that never signed in or published. */
    public static final int NOT_READY = SimulatorRun.NOT_READY;
    /** The command line or configuration was refused. */
    public static final int USAGE = 2;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicReference<SimulatorRun> current = new AtomicReference<>();

    /** @param in console commands during a run (see {@code docs/simulator.md}) */
    public SimulatorCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (UsageException e) {
            return usageError(e);
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            return OK;
        }
        SimulatorRun run = new SimulatorRun(options, in, out);
        current.set(run);
        try {
            return run.run();
        } catch (UsageException e) {
            return usageError(e);
        } finally {
            current.set(null);
        }
    }

    private int usageError(UsageException e) {
        err.println("device-simulator: " + e.getMessage());
        err.println("Try --help.");
        return USAGE;
    }

    /** Ends the current run early and waits (bounded) until its summary is printed. */
    public void interrupt(Duration wait) {
        SimulatorRun run = current.get();
        if (run == null) {
            return;
        }
        run.interrupt();
        try {
            run.awaitFinished(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
