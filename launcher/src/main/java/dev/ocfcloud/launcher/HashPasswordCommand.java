package dev.ocfcloud.launcher;

import dev.ocfcloud.api.oauth.user.PasswordHash;
import dev.ocfcloud.launcher.cli.CliCommand;
import dev.ocfcloud.launcher.cli.CommandContext;
import dev.ocfcloud.launcher.cli.ExitStatus;
import dev.ocfcloud.launcher.cli.UsageException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code ocf-cloud hash-password}: reads a password (from the terminal without echo, twice; or the
 * first line of standard input) and prints its hash for {@code oauth.users[].passwordHash}.
 */
final class HashPasswordCommand implements CliCommand {
    private final Supplier<Optional<char[]>> passwords;

    /** @param passwords the password typed, or empty if none could be read (or two differed) */
    HashPasswordCommand(Supplier<Optional<char[]>> passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "hash-password";
    }

    @Override
    public String summary() {
        return "Read a password and print its hash, for oauth.users[].passwordHash";
    }

    @Override
    public int run(CommandContext context) {
        if (!context.arguments().isEmpty()) {
            throw new UsageException("hash-password takes no arguments; it reads the password");
        }
        Optional<char[]> password = passwords.get();
        if (password.isEmpty() || password.get().length == 0) {
            context.err().println("ocf-cloud: no password read (empty, or the two entries differed)");
            return ExitStatus.FAILED;
        }
        char[] chars = password.get();
        try {
            context.out().println(PasswordHash.of(chars, new SecureRandom()).text());
        } finally {
            Arrays.fill(chars, '\0');
        }
        return ExitStatus.OK;
    }
}
