package dev.ocfcloud.launcher.cli;

/** One command of {@code ocf-cloud}, e.g. {@code run}. */
public interface CliCommand {
    /** What the user types, e.g. {@code run}. */
    String name();

    /** One line for the help text. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit status ({@link ExitStatus})
     * @throws UsageException if the arguments do not fit the command
     */
    int run(CommandContext context);
}
