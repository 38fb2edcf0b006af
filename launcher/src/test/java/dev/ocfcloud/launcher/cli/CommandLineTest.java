package dev.ocfcloud.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void nothingMeansNoCommandAndNoFile() {
        assertThat(CommandLine.parse())
                .isEqualTo(new CommandLine(Optional.empty(), Optional.empty(), false, List.of()));
    }

    @Test
    void takesTheConfigFileBeforeOrAfterTheCommand() {
        assertThat(CommandLine.parse("--config", "a.yaml", "run").configFile()).contains(Path.of("a.yaml"));
        assertThat(CommandLine.parse("run", "--config", "a.yaml").configFile()).contains(Path.of("a.yaml"));
        assertThat(CommandLine.parse("--config=a.yaml").configFile()).contains(Path.of("a.yaml"));
    }

    @Test
    void theFirstWordIsTheCommandAndTheRestItsArguments() {
        CommandLine line = CommandLine.parse("onboarding-code", "--config", "a.yaml", "device-1");

        assertThat(line.command()).contains("onboarding-code");
        assertThat(line.arguments()).containsExactly("device-1");
    }

    @Test
    void recognisesHelp() {
        assertThat(CommandLine.parse("-h").help()).isTrue();
        assertThat(CommandLine.parse("run", "--help").help()).isTrue();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> CommandLine.parse("--verbose"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --verbose");
    }

    @Test
    void passesOptionsAfterTheCommandToIt() {
        CommandLine line = CommandLine.parse("onboarding-code", "--owner", "alice", "--config", "c.yaml");

        assertThat(line.command()).contains("onboarding-code");
        assertThat(line.arguments()).containsExactly("--owner", "alice");
        assertThat(line.configFile()).isPresent();
    }

    @Test
    void rejectsConfigWithoutAFile() {
        assertThatThrownBy(() -> CommandLine.parse("--config")).hasMessage("--config needs a file");
    }
}
