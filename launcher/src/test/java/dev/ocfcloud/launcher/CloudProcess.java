package dev.ocfcloud.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The real {@code ocf-cloud.jar} running in a child JVM, its output collected line by line. */
final class CloudProcess implements AutoCloseable {
    private final Process process;
    private final Output stdout = new Output();
    private final Output stderr = new Output();

    private CloudProcess(Process process) {
        this.process = process;
        stdout.collect(process.getInputStream(), "stdout");
        stderr.collect(process.getErrorStream(), "stderr");
    }

    /** Starts {@code java -jar ocf-cloud.jar args} with only the given {@code OCF_*} variables. */
    static CloudProcess start(Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("ocf.cloud.jar", "target/ocf-cloud.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("OCF_"));
        builder.environment().putAll(env);
        return new CloudProcess(builder.start());
    }

    /** Waits for a stdout line matching {@code wanted}; empty if none came in time or the process ended. */
    Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        return stdout.await(wanted, timeout, process);
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit status. */
    int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close our ends of its output pipes, and
        // the lines it logs while stopping would be lost.
        process.toHandle().destroy();
        return waitFor(timeout);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the cloud did not end within " + timeout + "; output:\n" + stdout());
        }
        stdout.awaitEnd();
        stderr.awaitEnd();
        return process.exitValue();
    }

    String stdout() {
        return stdout.text();
    }

    String stderr() {
        return stderr.text();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Lines of one stream, read on their own thread. */
    private static final class Output {
        private final List<String> lines = new ArrayList<>();
        private Thread reader;

        void collect(InputStream stream, String name) {
            reader = Thread.ofPlatform().name("cloud-" + name).daemon().start(() -> read(stream));
        }

        private void read(InputStream stream) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // close() killed the process and closed the pipe: its output ends here.
            }
        }

        synchronized Optional<String> await(Predicate<String> wanted, Duration timeout, Process process)
                throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int checked = 0;
            while (true) {
                for (; checked < lines.size(); checked++) {
                    if (wanted.test(lines.get(checked))) {
                        return Optional.of(lines.get(checked));
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }

        void awaitEnd() throws InterruptedException {
            reader.join(Duration.ofSeconds(10));
        }

        synchronized String text() {
            return String.join("\n", lines);
        }
    }
}
