package dev.ocfcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.launcher.cli.OcfCloudCli;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.launcher.role.RoleRegistry;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.HttpTokenEndpointClient;
import dev.ocfcloud.model.auth.JwksPolicy;
import dev.ocfcloud.model.auth.JwksTokenVerifier;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in this JVM against an external cluster (the test kit's broker). */
@EmbeddedKafka
class CloudLauncherIT {
    @TempDir
    Path dataDir;

    @Test
    void usesTheExternalClusterAndCreatesTheEventsTopicThere(KafkaCluster kafka) throws Exception {
        int coapPort = LoopbackPorts.free();
        CloudLauncher launcher = launcher(
                kafka,
                Map.of(
                        "OCF_KAFKA_EVENTS_TOPIC", "it.events.external",
                        "OCF_KAFKA_EVENTS_PARTITIONS", "4",
                        "OCF_ROLES", "gateway,aggregate",
                        "OCF_GATEWAY_COAP_TCP_PORT", String.valueOf(coapPort)));
        try {
            CloudReady ready = await(launcher.start());

            assertThat(ready.readyLine())
                    .startsWith("OCF cloud ready: roles=[aggregate,gateway] coap+tcp=127.0.0.1:" + coapPort)
                    .contains("kafka=" + kafka.bootstrapServers() + " (external)");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(List.of("it.events.external"))
                        .allTopicNames()
                        .get()
                        .get("it.events.external");
                assertThat(topic.partitions()).hasSize(4);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "it.events.external");
                Config config =
                        admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            }
            assertThat(dataDir.resolve("kafka")).doesNotExist();
        } finally {
            CloudStop stop = launcher.stop();
            assertThat(stop.problems()).isEmpty();
        }
    }

    @Test
    void theWriteAndReadSidesTogetherMakeACommandQueryable(KafkaCluster kafka) throws Exception {
        CloudLauncher launcher = launcher(
                kafka,
                Map.of(
                        "OCF_KAFKA_EVENTS_TOPIC", "it.events.roles",
                        "OCF_KAFKA_EVENTS_PARTITIONS", "4",
                        "OCF_ROLES", "aggregate,directory",
                        "OCF_AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS", "6"));
        try {
            await(launcher.start());
            AggregateClient commands =
                    new AggregateClient(launcher.vertx(), new DevicePartitioner(4), Duration.ofSeconds(5));
            DirectoryClient queries = new DirectoryClient(launcher.vertx(), Duration.ofSeconds(5));
            DeviceId device = DeviceId.of(UUID.randomUUID().toString());
            OwnerId owner = OwnerId.of("alice");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            CommandResult result;
            do {
                result = await(commands.send(new RegisterDevice(device, owner, CorrelationId.random())));
                TimeUnit.MILLISECONDS.sleep(50);
            } while (result instanceof CommandResult.Rejected rejected
                    && rejected.error().retryable()
                    && System.nanoTime() < deadline);
            assertThat(result).isInstanceOf(CommandResult.Accepted.class);

            DeviceView view = null;
            while (view == null && System.nanoTime() < deadline) {
                try {
                    view = await(queries.device(new GetDevice(owner, device)));
                } catch (ExecutionException notYet) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
            }
            assertThat(view).isNotNull();
            assertThat(view.owner()).isEqualTo(owner);
            assertThat(dataDir.resolve("store")).exists();
        } finally {
            assertThat(launcher.stop().problems()).isEmpty();
        }
    }

    @Test
    void theApiRoleServesTheEmbeddedProviderAndTheCliGetsAnOnboardingCodeFromIt(KafkaCluster kafka) throws Exception {
        int httpPort = LoopbackPorts.free();
        Map<String, String> env = env(
                kafka,
                Map.of(
                        "OCF_KAFKA_EVENTS_TOPIC", "it.events.api",
                        "OCF_ROLES", "api",
                        "OCF_HTTP_PORT", String.valueOf(httpPort)));
        CloudConfig config = CloudConfigLoader.load(Optional.empty(), env);
        CloudLauncher launcher = new CloudLauncher(config, RoleRegistry.standard());
        try {
            CloudReady ready = await(launcher.start());
            assertThat(ready.readyLine()).contains("roles=[api] http=127.0.0.1:" + httpPort);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new OcfCloudCli(List.of(new OnboardingCodeCommand()), env, print(out), print(err))
                    .run("onboarding-code", "--owner", "alice");

            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            String code = out.toString(StandardCharsets.UTF_8).strip();
            assertThat(code).matches("[A-Za-z0-9_-]{43}");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Owner alice");

            Vertx vertx = launcher.vertx();
            TokenGrant grant = await(
                    new HttpTokenEndpointClient(WebClient.create(vertx), BuiltInClients.gatewayTokenEndpoint(config))
                            .exchangeCode(code, ""));
            TokenVerifier verifier = JwksTokenVerifier.remote(
                    vertx, WebClient.create(vertx), config.oauth().issuerConfig(httpPort), JwksPolicy.DEFAULTS);
            assertThat(await(verifier.verify(grant.accessToken())).owner()).isEqualTo(OwnerId.of("alice"));
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("oauth/gateway-client-secret")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        } finally {
            assertThat(launcher.stop().problems()).isEmpty();
        }
    }

    @Test
    void failsToStartWhenTheEventsTopicCannotBeCreatedAndStillStopsCleanly(KafkaCluster kafka) {
        CloudLauncher launcher = launcher(
                kafka,
                Map.of("OCF_KAFKA_EVENTS_TOPIC", "it.events.refused", "OCF_KAFKA_EVENTS_REPLICATION_FACTOR", "3"));

        assertThatThrownBy(() -> await(launcher.start()))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("creating topic it.events.refused failed");
        assertThat(launcher.stop().problems()).isEmpty();
    }

    @Test
    void stoppingTwiceIsHarmless(KafkaCluster kafka) throws Exception {
        CloudLauncher launcher = launcher(kafka, Map.of("OCF_KAFKA_EVENTS_TOPIC", "it.events.twice"));
        await(launcher.start());

        assertThat(launcher.stop().problems()).isEmpty();
        assertThat(launcher.stop().problems()).isEmpty();
    }

    private CloudLauncher launcher(KafkaCluster kafka, Map<String, String> overrides) {
        CloudConfig config = CloudConfigLoader.load(Optional.empty(), env(kafka, overrides));
        return new CloudLauncher(config, RoleRegistry.standard());
    }

    private Map<String, String> env(KafkaCluster kafka, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of(
                "OCF_DATA_DIR", dataDir.toString(),
                "OCF_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "OCF_GATEWAY_HOST", "127.0.0.1",
                "OCF_GATEWAY_COAP_TCP_PORT", "0",
                "OCF_HTTP_HOST", "127.0.0.1",
                "OCF_HTTP_PORT", "0",
                "OCF_SHUTDOWN_TIMEOUT_SECONDS", "20"));
        env.putAll(overrides);
        return Map.copyOf(env);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
