package dev.ocfcloud.launcher.cli;

import dev.ocfcloud.launcher.config.ConfigException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ocf-cloud [--config <file>] [<command>]}: parses the command line and runs the command
 * ({@code run} when none is given). New commands are added to the list given to the constructor.
 */
public final class OcfCloudCli {
    public static final String DEFAULT_COMMAND = "run";

    private final List<CliCommand> commands;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public OcfCloudCli(List<CliCommand> commands, Map<String, String> env, PrintStream out, PrintStream err) {
        this.commands = List.copyOf(commands);
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and returns the exit status. */
    public int run(String... args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help() || line.command().filter("help"::equals).isPresent()) {
                out.print(usage());
                return ExitStatus.OK;
            }
            String name = line.command().orElse(DEFAULT_COMMAND);
            CliCommand command = find(name).orElseThrow(() -> new UsageException("unknown command " + name));
            return command.run(new CommandContext(line.configFile(), line.arguments(), env, out, err));
        } catch (UsageException e) {
            err.println("ocf-cloud: " + e.getMessage());
            err.print(usage());
            return ExitStatus.USAGE;
        } catch (ConfigException e) {
            err.println("ocf-cloud: " + e.getMessage());
            return ExitStatus.USAGE;
        }
    }

    private Optional<CliCommand> find(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    String usage() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: ocf-cloud [--config <file>] [<command>]\n\n");
        text.append("Commands:\n");
        for (CliCommand command : commands) {
            text.append(String.format("  %-16s %s", command.name(), command.summary()))
                    .append("\n");
        }
        text.append(String.format("  %-16s %s", "help", "Show this help")).append("\n");
        text.append("\nOptions:\n");
        text.append("  --config <file>  YAML configuration file (default: $OCF_CONFIG; none: built-in defaults)\n");
        text.append("  -h, --help       Show this help\n");
        text.append("\nEvery setting can also be given as an OCF_* environment variable; see docs/configuration.md.\n");
        return text.toString();
    }
}
