package dev.ocfcloud.launcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line: {@code [--config <file>] [-h|--help] [<command> [<argument>…]]}. Options
 * may come before or after the command; the first other word is the command. Other options after
 * the command are its arguments.
 *
 * @param command the command name, if one was given
 * @param configFile the {@code --config} file, if given
 * @param help whether {@code -h}/{@code --help} was given
 * @param arguments the words after the command
 */
public record CommandLine(Optional<String> command, Optional<Path> configFile, boolean help, List<String> arguments) {
    public static CommandLine parse(String... args) {
        Optional<String> command = Optional.empty();
        Optional<Path> configFile = Optional.empty();
        boolean help = false;
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--config needs a file");
                }
                configFile = Optional.of(Path.of(args[++i]));
            } else if (arg.startsWith("--config=")) {
                configFile = Optional.of(Path.of(arg.substring("--config=".length())));
            } else if (arg.startsWith("-") && command.isEmpty()) {
                throw new UsageException("unknown option " + arg);
            } else if (arg.startsWith("-")) {
                // After the command, other options are the command's own (e.g. --owner).
                arguments.add(arg);
            } else if (command.isEmpty()) {
                command = Optional.of(arg);
            } else {
                arguments.add(arg);
            }
        }
        return new CommandLine(command, configFile, help, List.copyOf(arguments));
    }
}
