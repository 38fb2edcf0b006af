package dev.ocfcloud.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code device-simulator.jar}, run as users run it: {@code java -jar}. The limit is raised
 * because a second JVM starting beside this one takes both cores for a while: the scripted cloud's
 * event loop then waits for a CPU (seen at 224 ms) without blocking on anything.
 */
@VertxTest(maxEventLoopExecuteTimeMillis = 2000)
class SimulatorJarIT {
    @TempDir
    Path folder;

    private Path jar;

    @BeforeEach
    void findJar() {
        jar = Path.of(System.getProperty("simulator.jar", "target/device-simulator.jar"));
        assertThat(jar).exists();
    }

    private record Result(int status, String out) {}

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path output = folder.resolve("out.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the simulator did not end within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void helpExitsZero() throws Exception {
        Result result = java("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: java -jar device-simulator.jar");
    }

    @Test
    void aTinyRunSignsInAndExitsZero(Vertx vertx) throws Exception {
        ScriptedCloud cloud = Await.result(ScriptedCloud.start(vertx));

        Result result = java(
                "--cloud",
                "coap+tcp://127.0.0.1:" + cloud.port(),
                "--devices",
                "2",
                "--onboarding-code",
                "test",
                "--duration",
                "30s",
                "--until-ready");

        assertThat(result.status()).as(result.out()).isZero();
        assertThat(result.out()).contains("signed in 2/2, published 2/2").contains("result:          OK");
    }
}
