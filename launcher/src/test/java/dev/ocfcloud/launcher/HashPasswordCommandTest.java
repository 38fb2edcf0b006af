package dev.ocfcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.api.oauth.user.PasswordHash;
import dev.ocfcloud.launcher.cli.ExitStatus;
import dev.ocfcloud.launcher.cli.OcfCloudCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashPasswordCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsAHashThatMatchesThePassword() {
        int status = cli(Optional.of("correct horse".toCharArray())).run("hash-password");

        assertThat(status).isEqualTo(ExitStatus.OK);
        PasswordHash hash =
                PasswordHash.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(hash.iterations()).isEqualTo(PasswordHash.DEFAULT_ITERATIONS);
        assertThat(hash.matches("correct horse".toCharArray())).isTrue();
    }

    @Test
    void failsWithoutAPassword() {
        assertThat(cli(Optional.empty()).run("hash-password")).isEqualTo(ExitStatus.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password read");
        assertThat(cli(Optional.of("x".toCharArray())).run("hash-password", "extra"))
                .isEqualTo(ExitStatus.USAGE);
    }

    private OcfCloudCli cli(Optional<char[]> password) {
        return new OcfCloudCli(
                List.of(new HashPasswordCommand(() -> password)),
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
