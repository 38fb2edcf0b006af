package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.device.DeviceStatus;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.simulator.fleet.DeviceFleet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Commands typed while a run goes on, one per line on standard input: {@code refresh} (every signed-in
 * device refreshes its token now, then signs in again), {@code status} (a progress line now), {@code
 * stop} (end the run, with its summary), {@code help}. Read on a daemon thread of its own, which ends
 * with the input; the devices' methods are safe from any thread.
 */
final class ConsoleCommands {
    static final String HELP = "commands: refresh | status | stop | help";

    private final InputStream in;
    private final PrintStream out;
    private final DeviceFleet fleet;
    private final Runnable status;
    private final Consumer<String> stop;

    ConsoleCommands(InputStream in, PrintStream out, DeviceFleet fleet, Runnable status, Consumer<String> stop) {
        this.in = in;
        this.out = out;
        this.fleet = fleet;
        this.status = status;
        this.stop = stop;
    }

    void start() {
        Thread reader = new Thread(this::readLines, "device-simulator-console");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLines() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                execute(line.trim().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            out.println("console input closed: " + e.getMessage());
        }
    }

    void execute(String command) {
        switch (command) {
            case "" -> {
                // an empty line does nothing
            }
            case "refresh" -> refresh();
            case "status" -> status.run();
            case "stop", "quit" -> stop.accept("stopped from the console");
            case "help" -> out.println(HELP);
            default -> out.println("unknown command '" + command + "'; " + HELP);
        }
    }

    private void refresh() {
        int count = 0;
        for (SimulatedDevice device : fleet.devices()) {
            if (device.status() == DeviceStatus.SIGNED_IN) {
                device.refreshNow();
                count++;
            }
        }
        out.println("refresh requested for " + count + " devices");
    }
}
