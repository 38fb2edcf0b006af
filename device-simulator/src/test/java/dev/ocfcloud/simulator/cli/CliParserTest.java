package dev.ocfcloud.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.simulator.fleet.FleetConfig;
import dev.ocfcloud.simulator.fleet.ShutdownAction;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.transport.CloudAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CliParserTest {
    @Test
    void defaultsAreIotivityLitesTimingAgainstTheLocalCloud() {
        CliOptions options = CliOptions.parse("--onboarding-code", "test");

        assertThat(options.cloud()).isEqualTo(new CloudAddress("127.0.0.1", 5683));
        assertThat(options.devices()).isEqualTo(1);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.pingTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.attempts()).isEqualTo(6);
        assertThat(options.authProvider()).contains("plgd");
        assertThat(options.sendCsm()).isFalse();
        assertThat(options.onExit()).isEqualTo(ShutdownAction.NONE);
        assertThat(options.deviceSettings().registration().retries().timeouts())
                .extracting(Duration::toSeconds)
                .containsExactly(2L, 4L, 8L, 16L, 32L, 64L);
    }

    @Test
    void readsTheBriefsExampleCommandLine() {
        CliOptions options = CliOptions.parse(
                "--cloud", "coap+tcp://127.0.0.1:5683",
                "--devices", "100",
                "--onboarding-url", "http://127.0.0.1:8080/oauth/onboarding-codes",
                "--client-id", "sim",
                "--client-secret", "s3cret",
                "--owner", "alice",
                "--duration", "60s",
                "--notify-period", "1s",
                "--state-file", "sim.json");

        assertThat(options.devices()).isEqualTo(100);
        assertThat(options.notifyPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.stateFile()).contains(Path.of("sim.json"));
        assertThat(options.onboarding().fromEndpoint()).isTrue();
        assertThat(options.onboarding().owner()).contains("alice");
    }

    @Test
    void readsEveryOtherOptionInBothForms() {
        CliOptions options = CliOptions.parse(
                "--onboarding-codes-file=codes.txt",
                "--connect-rate=50",
                "--source-addresses",
                "127.0.0.2-127.0.0.4,127.0.1.1",
                "--event-loops",
                "3",
                "--until-ready",
                "--name-prefix",
                "lamp-",
                "--device-type",
                "oic.d.light",
                "--resources",
                "switch:unobservable,temperature",
                "--auth-provider=",
                "--csm",
                "--ping-interval",
                "0",
                "--ping-timeout",
                "500ms",
                "--request-timeout",
                "1.5s",
                "--attempts",
                "3",
                "--reconnect-min",
                "100ms",
                "--reconnect-max",
                "2m",
                "--sign-in-delay",
                "1s",
                "--republish",
                "--refresh-on-reconnect",
                "--on-exit",
                "deregister",
                "--progress-interval",
                "1h");

        FleetConfig fleet = options.fleetConfig();
        assertThat(fleet.connectRate()).isEqualTo(50);
        assertThat(fleet.sourceAddresses()).containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.1.1");
        assertThat(fleet.eventLoops()).isEqualTo(3);
        assertThat(fleet.namePrefix()).isEqualTo("lamp-");
        assertThat(fleet.deviceType()).isEqualTo("oic.d.light");
        assertThat(fleet.resources()).isEqualTo(ResourceSpec.parseList("switch:unobservable,temperature"));
        assertThat(fleet.settings().sendCsm()).isTrue();
        assertThat(fleet.settings().keepalive().enabled()).isFalse();
        assertThat(fleet.settings().registration().authProvider()).isEmpty();
        assertThat(fleet.settings().registration().retries().timeouts())
                .containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000), Duration.ofMillis(6000));
        assertThat(fleet.settings().registration().signInDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(fleet.settings().registration().republishAll()).isTrue();
        assertThat(fleet.settings().registration().refreshOnReconnect()).isTrue();
        assertThat(fleet.settings().reconnectMax()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.untilReady()).isTrue();
        assertThat(options.onExit()).isEqualTo(ShutdownAction.DEREGISTER);
        assertThat(options.progressInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(options.onboarding().codesFile()).contains(Path.of("codes.txt"));
    }

    @Test
    void helpNeedsNothingElse() {
        assertThat(CliOptions.parse("--help").help()).isTrue();
        assertThat(CliOptions.parse("-h").help()).isTrue();
    }

    @Test
    void refusesMistakesNamingTheOption() {
        assertRefused(List.of("--devices", "0"), "--devices takes 1 to");
        assertRefused(List.of("--devices"), "--devices needs a value");
        assertRefused(List.of("--duration", "soon"), "--duration takes a duration");
        assertRefused(List.of("--duration", "0s"), "--duration must be longer than 0");
        assertRefused(List.of("--cloud", "coaps+tcp://x:5684"), "TLS");
        assertRefused(List.of("--resources", "toaster"), "toaster");
        assertRefused(List.of("--frobnicate", "1"), "unknown option --frobnicate");
        assertRefused(List.of("extra"), "unexpected argument");
        assertRefused(List.of("--csm=yes"), "--csm takes no value");
        assertRefused(List.of("--source-addresses", "127.0.0.9-127.0.0.2"), "runs upwards");
        assertRefused(List.of("--on-exit", "explode"), "none, sign-out or deregister");
        assertRefused(List.of("--onboarding-code", "a", "--onboarding-url", "http://x"), "one source");
        assertRefused(List.of("--onboarding-url", "http://x"), "needs --onboarding-token or --client-id");
        assertRefused(List.of("--client-id", "sim"), "go together");
        assertRefused(List.of("--reconnect-min", "10s", "--reconnect-max", "1s"), "shorter");
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> CliOptions.parse(args.toArray(String[]::new)))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message);
    }

    @Test
    void durationsTakeAUnitOrMeanSeconds() {
        assertThat(Durations.parse("--x", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("--x", "90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("--x", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("--x", "0.5h")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Optional.of(Durations.format(Duration.ofMillis(1234)))).contains("1.2s");
    }
}
