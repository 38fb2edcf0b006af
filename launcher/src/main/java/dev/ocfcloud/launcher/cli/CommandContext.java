package dev.ocfcloud.launcher.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command gets from the command line and the process.
 *
 * @param configFile the file given with {@code --config}, if any
 * @param arguments the words after the command name
 * @param env the process environment
 * @param out where the command prints its results
 * @param err where it prints problems
 */
public record CommandContext(
        Optional<Path> configFile, List<String> arguments, Map<String, String> env, PrintStream out, PrintStream err) {
    public CommandContext {
        arguments = List.copyOf(arguments);
        env = Map.copyOf(env);
    }
}
