package dev.ocfcloud.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.launcher.config.CloudConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcfCloudCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingCommand run = new RecordingCommand("run");
    private final RecordingCommand other = new RecordingCommand("other");

    @Test
    void runsRunWhenNoCommandIsGiven() {
        int status = cli(Map.of()).run();

        assertThat(status).isEqualTo(ExitStatus.OK);
        assertThat(run.contexts).hasSize(1);
        assertThat(other.contexts).isEmpty();
    }

    @Test
    void runsTheNamedCommandWithItsArgumentsAndTheConfigFile() {
        cli(Map.of()).run("other", "x", "--config", "c.yaml");

        assertThat(other.contexts).singleElement().satisfies(context -> {
            assertThat(context.arguments()).containsExactly("x");
            assertThat(context.configFile())
                    .hasValueSatisfying(path -> assertThat(path).hasToString("c.yaml"));
        });
    }

    @Test
    void printsTheHelpListingEveryCommand() {
        int status = cli(Map.of()).run("--help");

        assertThat(status).isEqualTo(ExitStatus.OK);
        assertThat(text(out))
                .startsWith("Usage: ocf-cloud [--config <file>] [<command>]")
                .contains("  run              summary of run")
                .contains("  other            summary of other")
                .contains("--config <file>");
        assertThat(run.contexts).isEmpty();
    }

    @Test
    void helpIsACommandToo() {
        assertThat(cli(Map.of()).run("help")).isEqualTo(ExitStatus.OK);
        assertThat(text(out)).startsWith("Usage:");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        int status = cli(Map.of()).run("start");

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(text(err)).startsWith("ocf-cloud: unknown command start").contains("Usage:");
    }

    @Test
    void aConfigurationErrorEndsWithItsMessageAndStatus2() {
        RecordingCommand loading = new RecordingCommand("run") {
            @Override
            public int run(CommandContext context) {
                CloudConfigLoader.load(context.configFile(), context.env());
                return super.run(context);
            }
        };
        OcfCloudCli cli =
                new OcfCloudCli(List.of(loading), Map.of("OCF_GATEWAY_COAP_TCP_PORT", "-1"), print(out), print(err));

        int status = cli.run();

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(text(err)).startsWith("ocf-cloud: Invalid configuration: gateway.coapTcpPort = '-1'");
        assertThat(loading.contexts).isEmpty();
    }

    private OcfCloudCli cli(Map<String, String> env) {
        return new OcfCloudCli(List.of(run, other), env, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A command that only remembers how it was called. */
    private static class RecordingCommand implements CliCommand {
        final List<CommandContext> contexts = new ArrayList<>();
        private final String name;

        RecordingCommand(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String summary() {
            return "summary of " + name;
        }

        @Override
        public int run(CommandContext context) {
            contexts.add(context);
            return ExitStatus.OK;
        }
    }
}
