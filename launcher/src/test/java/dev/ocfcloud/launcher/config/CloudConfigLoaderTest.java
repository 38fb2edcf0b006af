package dev.ocfcloud.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.user.PasswordHash;
import dev.ocfcloud.launcher.role.Role;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigLoaderTest {
    private static final CloudConfig DEFAULTS = new CloudConfig(
            Path.of("./data"),
            EnumSet.allOf(Role.class),
            GatewayConfig.defaults(),
            0,
            new GatewaySettings(DeviceSessionConfig.defaults(), ""),
            KafkaConfig.defaults(),
            new StoreConfig("", "ocf", 0),
            new AggregateSettings(1, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10)),
            new DirectorySettings("main", Duration.ofMillis(500)),
            Duration.ofSeconds(30),
            new LogConfig("INFO", "WARN"),
            HttpConfig.of("0.0.0.0", 8080),
            new OAuthSettings(
                    true,
                    Optional.empty(),
                    "",
                    "",
                    "ocf-cloud",
                    "sub",
                    Duration.ofSeconds(60),
                    Duration.ofHours(1),
                    Duration.ofDays(30),
                    Duration.ofMinutes(10),
                    "gateway",
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of()),
            ClusterSettings.standalone());

    @TempDir
    Path folder;

    @Test
    void usesTheBuiltInDefaultsWithoutFileOrEnvironment() {
        assertThat(CloudConfigLoader.load(Optional.empty(), Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void defaultsRunEveryRoleWithTheEmbeddedBroker() {
        CloudConfig config = CloudConfigLoader.load(Optional.empty(), Map.of());

        assertThat(config.roles()).containsExactly(Role.AGGREGATE, Role.DIRECTORY, Role.API, Role.GATEWAY);
        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafkaDataDir()).isEqualTo(Path.of("./data/kafka"));
    }

    @Test
    void readsNestedKeysAndListsFromTheFile() throws IOException {
        Path file = yaml("""
                dataDir: /var/lib/ocf
                roles: [gateway, api]
                gateway:
                  coapTcpPort: 15683
                  instances: 2
                kafka:
                  bootstrapServers: "k1:9092, k2:9092"
                  eventsPartitions: 32
                """);

        CloudConfig config = CloudConfigLoader.load(Optional.of(file), Map.of());

        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/ocf"));
        assertThat(config.roles()).containsExactly(Role.API, Role.GATEWAY);
        assertThat(config.gateway()).isEqualTo(new GatewayConfig("0.0.0.0", 15683, 16384));
        assertThat(config.gatewayInstances()).isEqualTo(2);
        assertThat(config.kafka().bootstrapServers()).isEqualTo("k1:9092,k2:9092");
        assertThat(config.kafka().embedded()).isFalse();
        assertThat(config.kafka().eventsPartitions()).isEqualTo(32);
    }

    @Test
    void environmentOverridesTheFileWhichOverridesTheDefaults() throws IOException {
        Path file = yaml("""
                gateway:
                  coapTcpPort: 15683
                  host: 127.0.0.1
                """);
        Map<String, String> env = Map.of("OCF_GATEWAY_COAP_TCP_PORT", "25683", "OCF_ROLES", "gateway");

        CloudConfig config = CloudConfigLoader.load(Optional.of(file), env);

        assertThat(config.gateway().coapTcpPort()).isEqualTo(25683);
        assertThat(config.gateway().host()).isEqualTo("127.0.0.1");
        assertThat(config.gateway().maxMessageSize()).isEqualTo(GatewayConfig.DEFAULT_MAX_MESSAGE_SIZE);
        assertThat(config.roles()).containsExactly(Role.GATEWAY);
    }

    @Test
    void anEmptyVariableCountsAsSet() throws IOException {
        Path file = yaml("kafka:\n  bootstrapServers: k1:9092\n");

        CloudConfig config = CloudConfigLoader.load(Optional.of(file), Map.of("OCF_KAFKA_BOOTSTRAP_SERVERS", ""));

        assertThat(config.kafka().embedded()).isTrue();
    }

    @Test
    void takesTheFileFromOcfConfigWhenNoneIsGiven() throws IOException {
        Path file = yaml("shutdownTimeoutSeconds: 5\n");

        CloudConfig config = CloudConfigLoader.load(Optional.empty(), Map.of("OCF_CONFIG", file.toString()));

        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theGivenFileWinsOverOcfConfig() throws IOException {
        Path given = yaml("shutdownTimeoutSeconds: 5\n");

        CloudConfig config = CloudConfigLoader.load(
                Optional.of(given),
                Map.of("OCF_CONFIG", folder.resolve("missing.yaml").toString()));

        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsANonNumericPortNamingKeyAndVariable() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_GATEWAY_COAP_TCP_PORT", "abc")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid configuration: gateway.coapTcpPort = 'abc' (from environment variable"
                        + " OCF_GATEWAY_COAP_TCP_PORT): must be an integer from 0 to 65535");
    }

    @Test
    void rejectsAnOutOfRangeValueFromTheFileNamingTheFile() throws IOException {
        Path file = yaml("kafka:\n  embeddedPort: 70000\n");

        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.embeddedPort = '70000'")
                .hasMessageContaining("from file " + file);
    }

    @Test
    void rejectsAMaxMessageSizeBelowTheCoapMinimum() {
        assertThatThrownBy(
                        () -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_GATEWAY_MAX_MESSAGE_SIZE", "1000")))
                .hasMessageContaining("gateway.maxMessageSize = '1000'")
                .hasMessageContaining("from 1152");
    }

    @Test
    void rejectsAnUnknownRoleListingTheKnownOnes() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_ROLES", "gateway,cache")))
                .hasMessageContaining("roles = 'gateway,cache'")
                .hasMessageContaining("unknown role 'cache'")
                .hasMessageContaining("aggregate, directory, api, gateway");
    }

    @Test
    void rejectsAnEmptyRoleList() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_ROLES", "")))
                .hasMessageContaining("roles = ''");
    }

    @Test
    void rejectsBootstrapServersWithoutPort() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_KAFKA_BOOTSTRAP_SERVERS", "k1")))
                .hasMessageContaining("kafka.bootstrapServers = 'k1'")
                .hasMessageContaining("host:port");
    }

    @Test
    void rejectsAReplicationFactorOfZero() {
        assertThatThrownBy(() ->
                        CloudConfigLoader.load(Optional.empty(), Map.of("OCF_KAFKA_EVENTS_REPLICATION_FACTOR", "0")))
                .hasMessageContaining("kafka.eventsReplicationFactor = '0'");
    }

    @Test
    void rejectsAnUnknownLogLevel() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_LOG_LEVEL", "loud")))
                .hasMessageContaining("log.level = 'loud'");
    }

    @Test
    void acceptsLogLevelsInAnyCase() {
        assertThat(CloudConfigLoader.load(Optional.empty(), Map.of("OCF_LOG_KAFKA_LEVEL", "debug"))
                        .log()
                        .kafkaLevel())
                .isEqualTo("DEBUG");
    }

    @Test
    void rejectsAnUnknownKeyInTheFile() throws IOException {
        Path file = yaml("gateway:\n  coapPort: 5683\n");

        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Unknown configuration key gateway.coapPort in file " + file);
    }

    @Test
    void rejectsAMissingFile() {
        Path missing = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.of(missing), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Configuration file " + missing + " does not exist");
    }

    @Test
    void rejectsAFileThatIsNotYaml() throws IOException {
        Path file = yaml("gateway: [unclosed\n");

        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void acceptsAnEmptyFile() throws IOException {
        assertThat(CloudConfigLoader.load(Optional.of(yaml("")), Map.of())).isEqualTo(DEFAULTS);
    }

    @Test
    void readsOAuthUsersAndClientsAsYamlListsFromTheFile() throws IOException {
        String hash = PasswordHash.of("pw".toCharArray(), new SecureRandom(), PasswordHash.MIN_ITERATIONS)
                .text();
        Path file = yaml("""
                oauth:
                  ownerClaim: tenant
                  users:
                    - username: alice
                      passwordHash: "%s"
                      owner: acme
                  clients:
                    - id: loadtool
                      secret: s3cret
                      scopes: [r:*]
                      owner: acme
                    - id: console
                      redirectUris: [http://127.0.0.1:3000/callback]
                """.formatted(hash));

        OAuthSettings oauth =
                CloudConfigLoader.load(Optional.of(file), Map.of()).oauth();

        assertThat(oauth.ownerClaim()).isEqualTo("tenant");
        assertThat(oauth.users()).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("alice");
            assertThat(user.owner()).isEqualTo(OwnerId.of("acme"));
            assertThat(user.passwordHash().matches("pw".toCharArray())).isTrue();
        });
        assertThat(oauth.clients()).hasSize(2);
        OAuthClient loadtool = oauth.clients().getFirst();
        assertThat(loadtool.grantTypes()).containsExactly(GrantType.CLIENT_CREDENTIALS);
        assertThat(loadtool.scopes()).containsExactly("r:*");
        assertThat(loadtool.owner()).contains(OwnerId.of("acme"));
        assertThat(oauth.clients().get(1).confidential()).isFalse();
        assertThat(oauth.clients().get(1).grantTypes()).containsExactly(GrantType.AUTHORIZATION_CODE);
    }

    @Test
    void readsOAuthClientsAsJsonFromAnEnvironmentVariable() {
        Map<String, String> env = Map.of(
                "OCF_OAUTH_CLIENTS",
                "[{\"id\": \"bot\", \"secret\": \"x\", \"grantTypes\": [\"client_credentials\"]}]");

        assertThat(CloudConfigLoader.load(Optional.empty(), env).oauth().clients())
                .singleElement()
                .satisfies(client -> assertThat(client.clientId()).isEqualTo("bot"));
    }

    @Test
    void aBadOAuthEntryNamesItsIndexButNotItsSecret() {
        Map<String, String> env =
                Map.of("OCF_OAUTH_CLIENTS", "[{id: a, secret: s3cret-value, grantTypes: [password]}]");

        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), env))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(
                        "Invalid configuration: oauth.clients[0] (from environment variable OCF_OAUTH_CLIENTS)")
                .hasMessageContaining("grantTypes holds 'password'")
                .hasMessageNotContaining("s3cret-value");
        assertThatThrownBy(() -> CloudConfigLoader.load(
                        Optional.empty(), Map.of("OCF_OAUTH_USERS", "[{username: a, passwordHash: plain}]")))
                .hasMessageStartingWith("Invalid configuration: oauth.users[0]");
    }

    @Test
    void anExternalIssuerMustBeNamedAndTheBuiltInClientsCannotBeRedefined() {
        assertThatThrownBy(() -> CloudConfigLoader.load(Optional.empty(), Map.of("OCF_OAUTH_EMBEDDED", "false")))
                .hasMessageContaining("oauth.issuer");
        assertThatThrownBy(() -> CloudConfigLoader.load(
                        Optional.empty(), Map.of("OCF_OAUTH_CLIENTS", "[{id: gateway, secret: x}]")))
                .hasMessageContaining("built-in client gateway");

        OAuthSettings external = CloudConfigLoader.load(
                        Optional.empty(),
                        Map.of("OCF_OAUTH_EMBEDDED", "false", "OCF_OAUTH_ISSUER", "https://id.example/realms/ocf/"))
                .oauth();
        assertThat(external.issuerConfig(8080).issuer()).isEqualTo("https://id.example/realms/ocf");
        assertThat(external.issuerConfig(8080).discoveryUrl())
                .isEqualTo("https://id.example/realms/ocf/.well-known/openid-configuration");
        assertThat(external.tokenEndpoint(8080)).isEqualTo("https://id.example/realms/ocf/oauth/token");
    }

    @Test
    void theEmbeddedIssuerIsTheLocalHttpPort() {
        OAuthSettings oauth = CloudConfigLoader.load(Optional.empty(), Map.of()).oauth();

        assertThat(oauth.issuer(8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(oauth.tokenEndpoint(8080)).isEqualTo("http://127.0.0.1:8080/oauth/token");
        assertThat(oauth.issuerConfig(8080).audience()).contains("ocf-cloud");
    }

    @Test
    void theExampleFileHoldsEveryKeyAtItsDefault() {
        Path example = Path.of("../config/ocf-cloud.example.yaml");

        assertThat(YamlConfigFile.read(example).keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ConfigKeys.ALL.stream().map(ConfigKey::path).toList());
        assertThat(CloudConfigLoader.load(Optional.of(example), Map.of())).isEqualTo(DEFAULTS);
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "config", ".yaml"), text);
    }
}
