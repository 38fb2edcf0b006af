package dev.ocfcloud.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.state.StateFile;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.Script.Operation;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny runs of the command line, in this JVM, against the scripted cloud. */
@VertxTest
class SimulatorCliIT {
    @TempDir
    Path folder;

    private ScriptedCloud cloud;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startCloud(Vertx vertx) {
        cloud = Await.result(ScriptedCloud.start(vertx));
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--cloud",
                "coap+tcp://127.0.0.1:" + cloud.port(),
                "--devices",
                "3",
                "--duration",
                "20s",
                "--until-ready",
                "--progress-interval",
                "200ms",
                "--request-timeout",
                "500ms",
                "--reconnect-min",
                "50ms",
                "--event-loops",
                "2"));
        args.addAll(List.of(extra));
        return cli(InputStream.nullInputStream()).run(args.toArray(String[]::new));
    }

    private SimulatorCli cli(InputStream in) {
        return new SimulatorCli(
                in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunWhereEveryDeviceSignsInExitsZeroWithASummary() {
        int status = run("--onboarding-code", "test", "--on-exit", "sign-out");

        assertThat(status).isEqualTo(SimulatorCli.OK);
        assertThat(output())
                .contains("device-simulator: 3 devices -> coap+tcp://127.0.0.1:" + cloud.port())
                .contains("=== device-simulator summary ===")
                .contains("ended: every device ready")
                .contains("signed in 3/3, published 3/3, failed 0")
                .contains("sign-ups 3, sign-ins 3")
                .contains("sign-up latency: n=3")
                .contains("result:          OK");
        assertThat(cloud.script().count(Operation.SIGN_OUT)).isEqualTo(3);
    }

    @Test
    void aRunWhereSignUpIsRefusedExitsOneAndSaysWhy() {
        for (int i = 0; i < 3; i++) {
            cloud.script().answer(Operation.SIGN_UP, ResponseCode.UNAUTHORIZED);
        }

        int status = run("--onboarding-code", "test", "--duration", "2s");

        assertThat(status).isEqualTo(SimulatorCli.NOT_READY);
        assertThat(output())
                .contains("failed 3")
                .contains("SIGN_UP_UNAUTHORIZED")
                .contains("the device would wipe its cloud configuration")
                .contains("NOT OK: 3 never signed in");
    }

    @Test
    void aSecondRunWithTheStateFileSignsInWithoutSigningUp() {
        String state = folder.resolve("sim.json").toString();
        assertThat(run("--onboarding-code", "test", "--state-file", state)).isZero();

        int status = run("--state-file", state);

        assertThat(status).isZero();
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(3);
        assertThat(cloud.script().count(Operation.SIGN_IN)).isEqualTo(6);
        assertThat(cloud.script().count(Operation.PUBLISH)).isEqualTo(3);
        assertThat(StateFile.open(folder.resolve("sim.json")).size()).isEqualTo(3);
    }

    @Test
    void theConsoleRefreshesEveryDeviceAndStopsTheRun() throws Exception {
        PipedOutputStream console = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(console);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> cli(in).run(
                        "--cloud",
                        "coap+tcp://127.0.0.1:" + cloud.port(),
                        "--devices",
                        "3",
                        "--onboarding-code",
                        "test",
                        "--duration",
                        "30s",
                        "--request-timeout",
                        "500ms"));
        Await.until("signed in", () -> cloud.script().count(Operation.SIGN_IN) == 3);
        Await.until("the run announced", () -> output().contains("device-simulator: 3 devices"));
        Await.pause(100);

        console.write("refresh\nstatus\n".getBytes(StandardCharsets.UTF_8));
        console.flush();
        Await.until("refreshed and signed in again", () -> cloud.script().count(Operation.SIGN_IN) == 6);
        console.write("stop\n".getBytes(StandardCharsets.UTF_8));
        console.flush();

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(cloud.script().count(Operation.REFRESH)).isEqualTo(3);
        assertThat(output())
                .contains("refresh requested for 3 devices")
                .contains("connected 3/3")
                .contains("ended: stopped from the console")
                .contains("refreshes 3");
        console.close();
    }

    @Test
    void devicesWithoutAnOnboardingCodeAreAUsageError() {
        int status = run();

        assertThat(status).isEqualTo(SimulatorCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 devices have to sign up");
    }

    @Test
    void helpPrintsEveryOption() {
        int status = cli(InputStream.nullInputStream()).run("--help");

        assertThat(status).isZero();
        for (String option : List.of(
                "--cloud",
                "--devices",
                "--connect-rate",
                "--source-addresses",
                "--event-loops",
                "--duration",
                "--until-ready",
                "--progress-interval",
                "--on-exit",
                "--name-prefix",
                "--device-type",
                "--resources",
                "--notify-period",
                "--state-file",
                "--onboarding-code",
                "--onboarding-codes-file",
                "--onboarding-url",
                "--onboarding-token",
                "--client-id",
                "--client-secret",
                "--token-url",
                "--owner",
                "--auth-provider",
                "--csm",
                "--ping-interval",
                "--ping-timeout",
                "--request-timeout",
                "--attempts",
                "--reconnect-min",
                "--reconnect-max",
                "--sign-in-delay",
                "--republish",
                "--refresh-on-reconnect",
                "--help")) {
            assertThat(output()).contains(option);
        }
    }
}
