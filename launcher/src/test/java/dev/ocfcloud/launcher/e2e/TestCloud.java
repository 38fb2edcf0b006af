package dev.ocfcloud.launcher.e2e;

import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.launcher.CloudLauncher;
import dev.ocfcloud.launcher.CloudLaunchers;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.launcher.role.RoleRegistry;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The whole cloud in this JVM, every role, on loopback ports, against the test kit's Kafka and its
 * own data folder. Restartable on the same data, topic and ports, as an operator would restart it.
 */
final class TestCloud implements AutoCloseable {
    final int coapPort = LoopbackPorts.free();
    final int httpPort = LoopbackPorts.free();
    private final Map<String, String> env = new HashMap<>();
    private CloudLauncher launcher;
    private CloudConfig config;

    TestCloud(KafkaCluster kafka, Path dataDir) {
        env.put("OCF_DATA_DIR", dataDir.toString());
        env.put("OCF_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("OCF_KAFKA_EVENTS_TOPIC", "e2e-" + UUID.randomUUID());
        env.put("OCF_KAFKA_EVENTS_PARTITIONS", "4");
        env.put("OCF_GATEWAY_HOST", "127.0.0.1");
        env.put("OCF_GATEWAY_COAP_TCP_PORT", String.valueOf(coapPort));
        env.put("OCF_GATEWAY_INSTANCES", "2");
        env.put("OCF_HTTP_HOST", "127.0.0.1");
        env.put("OCF_HTTP_PORT", String.valueOf(httpPort));
        env.put("OCF_AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS", "6");
        env.put("OCF_DIRECTORY_CHECKPOINT_INTERVAL_MILLIS", "100");
        env.put("OCF_SHUTDOWN_TIMEOUT_SECONDS", "20");
    }

    TestCloud with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    TestCloud start() throws Exception {
        config = CloudConfigLoader.load(Optional.empty(), env);
        launcher = new CloudLauncher(config, RoleRegistry.standard());
        await(launcher.start());
        return this;
    }

    void stop() {
        if (launcher != null) {
            launcher.stop();
            launcher = null;
        }
    }

    String cloudUrl() {
        return "coap+tcp://127.0.0.1:" + coapPort;
    }

    String onboardingUrl() {
        return "http://127.0.0.1:" + httpPort + "/oauth/onboarding-codes";
    }

    String tokenUrl() {
        return "http://127.0.0.1:" + httpPort + "/oauth/token";
    }

    String adminSecret() {
        return BuiltInClients.adminSecret(config);
    }

    /** Asks the running cloud's read models, on its own event bus. */
    DirectoryClient directory() {
        return new DirectoryClient(CloudLaunchers.vertxOf(launcher), Duration.ofSeconds(5));
    }

    CloudLauncher launcher() {
        return launcher;
    }

    @Override
    public void close() {
        stop();
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
    }
}
