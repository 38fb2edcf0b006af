package dev.ocfcloud.launcher;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads a password: from the terminal without echo (asked twice), else the first line of standard input. */
final class PasswordPrompt implements Supplier<Optional<char[]>> {
    @Override
    public Optional<char[]> get() {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                return Optional.empty();
            }
            return Optional.of(first);
        }
        try {
            // Not a terminal: the password is the first line piped in.
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).map(String::toCharArray);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * JDK 22+ gives a Console even when input is piped and tells by {@code isTerminal()}; on JDK 21
     * (our compile target) a Console exists only for a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
