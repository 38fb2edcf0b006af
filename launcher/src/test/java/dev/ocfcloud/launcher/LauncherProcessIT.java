package dev.ocfcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Token;
import io.vertx.core.buffer.Buffer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: a child JVM, configured through the environment. */
class LauncherProcessIT {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int SIGTERM_STATUS = 128 + 15;

    @TempDir
    Path dataDir;

    @Test
    void startsStopsOnSigtermAndRestartsOnTheSameData() throws Exception {
        int kafkaPort = LoopbackPorts.free();
        int coapPort = LoopbackPorts.free();
        int httpPort = LoopbackPorts.free();
        Map<String, String> env = Map.of(
                "OCF_DATA_DIR", dataDir.toString(),
                "OCF_KAFKA_EMBEDDED_PORT", String.valueOf(kafkaPort),
                "OCF_GATEWAY_HOST", "127.0.0.1",
                "OCF_GATEWAY_COAP_TCP_PORT", String.valueOf(coapPort),
                "OCF_HTTP_HOST", "127.0.0.1",
                "OCF_HTTP_PORT", String.valueOf(httpPort));

        String firstClusterId;
        try (CloudProcess cloud = CloudProcess.start(env)) {
            String ready = awaitReady(cloud);
            assertThat(ready)
                    .contains("roles=[aggregate,directory,api,gateway]")
                    .contains("coap+tcp=127.0.0.1:" + coapPort)
                    .contains("http=127.0.0.1:" + httpPort)
                    .contains("kafka=127.0.0.1:" + kafkaPort + " (embedded, data " + dataDir.resolve("kafka") + ")");
            assertThat(cloud.stdout()).contains("Formatted a new Kafka log directory");
            assertAnswersPingWithPong(coapPort);
            firstClusterId = clusterId(kafkaPort);
            assertThat(eventsTopic(kafkaPort).partitions()).hasSize(16);

            assertStopsCleanly(cloud);
        }

        try (CloudProcess again = CloudProcess.start(env)) {
            awaitReady(again);
            assertThat(again.stdout()).doesNotContain("Formatted a new Kafka log directory");
            assertThat(clusterId(kafkaPort)).isEqualTo(firstClusterId);
            assertThat(eventsTopic(kafkaPort).partitions()).hasSize(16);

            assertStopsCleanly(again);
        }
    }

    /** A device's first exchange over a real socket: the cloud's CSM, then Pong for Ping. */
    private static void assertAnswersPingWithPong(int coapPort) throws Exception {
        List<CoapMessage> received = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(1 << 16, result -> received.add(((Decoded) result).message()));
        Token token = Token.fromHex("0cbb849a378a0819");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), coapPort)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(CoapEncoder.toBytes(Ping.of(token)));
            byte[] chunk = new byte[512];
            while (received.size() < 2) {
                int read = socket.getInputStream().read(chunk);
                assertThat(read).as("bytes from the cloud").isPositive();
                decoder.handle(Buffer.buffer(Arrays.copyOf(chunk, read)));
            }
        }
        assertThat(received.get(0)).isInstanceOf(Csm.class);
        assertThat(received.get(1))
                .isInstanceOfSatisfying(
                        Pong.class, pong -> assertThat(pong.token()).isEqualTo(token));
    }

    @Test
    void failsWithStatus1AndStopsWhatStartedWhenTheKafkaPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                CloudProcess cloud = CloudProcess.start(Map.of(
                        "OCF_DATA_DIR",
                        dataDir.toString(),
                        "OCF_KAFKA_EMBEDDED_PORT",
                        String.valueOf(taken.getLocalPort()),
                        "OCF_GATEWAY_HOST",
                        "127.0.0.1",
                        "OCF_GATEWAY_COAP_TCP_PORT",
                        "0"))) {
            int status = cloud.waitFor(START_TIMEOUT);

            assertThat(status).as(cloud.stdout()).isEqualTo(1);
            assertThat(cloud.stdout())
                    .contains("OCF cloud failed to start")
                    .contains(String.valueOf(taken.getLocalPort()))
                    .contains(CloudStop.STOP_PREFIX)
                    .doesNotContain(CloudReady.READY_PREFIX);
        }
    }

    @Test
    void rejectsABadValueNamingTheKeyBeforeStartingAnything() throws Exception {
        Path unused = dataDir.resolve("unused");
        try (CloudProcess cloud =
                CloudProcess.start(Map.of("OCF_DATA_DIR", unused.toString(), "OCF_KAFKA_EVENTS_PARTITIONS", "many"))) {
            int status = cloud.waitFor(STOP_TIMEOUT);

            assertThat(status).isEqualTo(2);
            assertThat(cloud.stderr())
                    .contains("kafka.eventsPartitions = 'many'")
                    .contains("OCF_KAFKA_EVENTS_PARTITIONS");
            assertThat(unused).doesNotExist();
        }
    }

    @Test
    void printsTheHelp() throws Exception {
        try (CloudProcess cloud = CloudProcess.start(Map.of(), "--help")) {
            assertThat(cloud.waitFor(STOP_TIMEOUT)).isZero();
            assertThat(cloud.stdout()).startsWith("Usage: ocf-cloud [--config <file>] [<command>]");
        }
    }

    private static String awaitReady(CloudProcess cloud) throws InterruptedException {
        Optional<String> ready = cloud.awaitLine(line -> line.contains(CloudReady.READY_PREFIX), START_TIMEOUT);
        assertThat(ready)
                .as("ready line; output:\n%s\n%s", cloud.stdout(), cloud.stderr())
                .isPresent();
        return ready.get();
    }

    private static void assertStopsCleanly(CloudProcess cloud) throws InterruptedException {
        int status = cloud.terminate(STOP_TIMEOUT);

        assertThat(status).as(cloud.stdout()).isEqualTo(SIGTERM_STATUS);
        assertThat(cloud.stdout())
                .contains("OCF cloud stopping")
                .containsPattern("OCF cloud stopped in \\d+\\.\\d s\\n?$")
                .doesNotContain(" ERROR ");
        assertThat(cloud.stderr()).isEmpty();
    }

    private static String clusterId(int kafkaPort) throws Exception {
        try (Admin admin = admin(kafkaPort)) {
            return admin.describeCluster().clusterId().get();
        }
    }

    private static TopicDescription eventsTopic(int kafkaPort) throws Exception {
        try (Admin admin = admin(kafkaPort)) {
            return admin.describeTopics(java.util.List.of("ocf.events"))
                    .allTopicNames()
                    .get()
                    .get("ocf.events");
        }
    }

    private static Admin admin(int kafkaPort) {
        return Admin.create(Map.of("bootstrap.servers", "127.0.0.1:" + kafkaPort));
    }
}
