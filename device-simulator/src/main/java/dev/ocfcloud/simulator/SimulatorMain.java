package dev.ocfcloud.simulator;

import dev.ocfcloud.simulator.cli.SimulatorCli;
import java.time.Duration;

/**
 * The entry point of {@code device-simulator.jar}: {@code java -jar device-simulator.jar [options]}
 * (see {@code --help} and docs/simulator.md). Ctrl-C ends the run early and still prints its summary.
 */
public final class SimulatorMain {
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(90);

    private SimulatorMain() {}

    public static void main(String[] args) {
        SimulatorCli cli = new SimulatorCli(System.in, System.out, System.err);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> cli.interrupt(SHUTDOWN_WAIT), "device-simulator-shutdown"));
        System.exit(cli.run(args));
    }
}
