package dev.ocfcloud.launcher.config;

import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_GATEWAY_LEASE_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_INSTANCES;
import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_TRANSACTION_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_ENABLED;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_EVENT_BUS_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_HOST;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_KUBERNETES_SERVICE_DNS;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_MEMBERS;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_NAME;
import static dev.ocfcloud.launcher.config.ConfigKeys.CLUSTER_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.DATA_DIR;
import static dev.ocfcloud.launcher.config.ConfigKeys.DIRECTORY_CHECKPOINT_INTERVAL_MILLIS;
import static dev.ocfcloud.launcher.config.ConfigKeys.DIRECTORY_REPLICA_ID;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_COAP_TCP_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_DEVICE_REQUEST_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_HOST;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_INSTANCES;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_KEEP_ALIVE_INTERVAL_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_KEEP_ALIVE_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_MAX_INBOUND_REQUESTS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_MAX_MESSAGE_SIZE;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_MAX_OBSERVATIONS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_MAX_OUTBOUND_REQUESTS;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_NODE_ID;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_REDIRECT_URI;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_SIGN_IN_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.HTTP_HOST;
import static dev.ocfcloud.launcher.config.ConfigKeys.HTTP_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_BOOTSTRAP_SERVERS;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EMBEDDED_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_PARTITIONS;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_REPLICATION_FACTOR;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_TOPIC;
import static dev.ocfcloud.launcher.config.ConfigKeys.LOG_KAFKA_LEVEL;
import static dev.ocfcloud.launcher.config.ConfigKeys.LOG_LEVEL;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_ACCESS_TOKEN_TTL_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_ADMIN_CLIENT_SECRET;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_AUDIENCE;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_CLIENTS;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_CLOCK_SKEW_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_EMBEDDED;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_GATEWAY_CLIENT_ID;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_GATEWAY_CLIENT_SECRET;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_ISSUER;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_JWKS_URL;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_ONBOARDING_CODE_TTL_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_OWNER_CLAIM;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_REFRESH_TOKEN_TTL_DAYS;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_TOKEN_URL;
import static dev.ocfcloud.launcher.config.ConfigKeys.OAUTH_USERS;
import static dev.ocfcloud.launcher.config.ConfigKeys.ROLES;
import static dev.ocfcloud.launcher.config.ConfigKeys.SHUTDOWN_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_DATABASE;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_EMBEDDED_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_MONGO_CONNECTION_STRING;

import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the configuration: built-in defaults, overridden by the YAML file if there is one,
 * overridden by {@code OCF_*} environment variables. Every value is checked here, so a bad one
 * stops the launcher before anything starts, with a message naming the key.
 */
public final class CloudConfigLoader {
    /** The environment variable naming the configuration file when {@code --config} is not given. */
    public static final String CONFIG_FILE_ENV = "OCF_CONFIG";

    /** Claims the embedded provider sets itself, so the owner claim cannot be one of them. */
    private static final Set<String> RESERVED_CLAIMS =
            Set.of("iss", "sub", "aud", "iat", "exp", "nbf", "jti", "scope", "client_id");

    private CloudConfigLoader() {}

    /**
     * Reads and checks the whole configuration.
     *
     * @param file the file from {@code --config}; when empty, {@code OCF_CONFIG} of {@code env}, else
     *     no file
     * @param env the process environment
     * @throws ConfigException naming the offending key, value and source
     */
    public static CloudConfig load(Optional<Path> file, Map<String, String> env) {
        Optional<Path> chosen = file.or(() -> Optional.ofNullable(env.get(CONFIG_FILE_ENV))
                .filter(name -> !name.isBlank())
                .map(Path::of));
        Map<String, ConfigValue> fromFile = chosen.map(YamlConfigFile::read).orElse(Map.of());
        return fromValues(ConfigValues.layered(ConfigKeys.ALL, fromFile, env));
    }

    private static CloudConfig fromValues(ConfigValues values) {
        return new CloudConfig(
                values.path(DATA_DIR),
                values.roles(ROLES),
                gateway(values),
                values.integer(GATEWAY_INSTANCES, 0, 1024),
                gatewaySettings(values),
                kafka(values),
                new StoreConfig(
                        values.text(STORE_MONGO_CONNECTION_STRING),
                        values.nonBlank(STORE_DATABASE),
                        values.integer(STORE_EMBEDDED_PORT, 0, 65535)),
                new AggregateSettings(
                        values.integer(AGGREGATE_INSTANCES, 1, 64),
                        Duration.ofSeconds(values.integer(AGGREGATE_TRANSACTION_TIMEOUT_SECONDS, 1, 900)),
                        Duration.ofSeconds(values.integer(AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS, 6, 300)),
                        Duration.ofSeconds(values.integer(AGGREGATE_GATEWAY_LEASE_SECONDS, 2, 3600))),
                new DirectorySettings(
                        values.nonBlank(DIRECTORY_REPLICA_ID),
                        Duration.ofMillis(values.integer(DIRECTORY_CHECKPOINT_INTERVAL_MILLIS, 10, 600_000))),
                Duration.ofSeconds(values.integer(SHUTDOWN_TIMEOUT_SECONDS, 1, 3600)),
                new LogConfig(values.logLevel(LOG_LEVEL), values.logLevel(LOG_KAFKA_LEVEL)),
                HttpConfig.of(values.nonBlank(HTTP_HOST), values.integer(HTTP_PORT, 0, 65535)),
                oauth(values),
                cluster(values));
    }

    private static OAuthSettings oauth(ConfigValues values) {
        boolean embedded = values.bool(OAUTH_EMBEDDED);
        Optional<String> issuer = values.optionalText(OAUTH_ISSUER);
        if (!embedded && issuer.isEmpty()) {
            throw values.invalid(OAUTH_ISSUER, "must name the external issuer when oauth.embedded is false");
        }
        String ownerClaim = values.nonBlank(OAUTH_OWNER_CLAIM);
        if (embedded && !ownerClaim.equals("sub") && RESERVED_CLAIMS.contains(ownerClaim)) {
            throw values.invalid(
                    OAUTH_OWNER_CLAIM, "is a claim the provider sets itself; use sub or a claim of its own");
        }
        String gatewayClientId = values.nonBlank(OAUTH_GATEWAY_CLIENT_ID);
        List<OAuthClient> clients = values.entries(OAUTH_CLIENTS, OAuthEntries::client);
        for (OAuthClient client : clients) {
            if (client.clientId().equals(gatewayClientId) || client.clientId().equals(BuiltInClients.ADMIN_CLIENT_ID)) {
                throw values.invalid(
                        OAUTH_CLIENTS,
                        "names the built-in client " + client.clientId() + "; configure it by its own keys");
            }
        }
        return new OAuthSettings(
                embedded,
                issuer.map(CloudConfigLoader::withoutTrailingSlash),
                values.text(OAUTH_JWKS_URL),
                values.text(OAUTH_TOKEN_URL),
                values.text(OAUTH_AUDIENCE),
                ownerClaim,
                Duration.ofSeconds(values.integer(OAUTH_CLOCK_SKEW_SECONDS, 0, 3600)),
                Duration.ofSeconds(values.integer(OAUTH_ACCESS_TOKEN_TTL_SECONDS, 5, 30 * 86_400)),
                Duration.ofDays(values.integer(OAUTH_REFRESH_TOKEN_TTL_DAYS, 1, 3650)),
                Duration.ofSeconds(values.integer(OAUTH_ONBOARDING_CODE_TTL_SECONDS, 10, 7 * 86_400)),
                gatewayClientId,
                values.optionalText(OAUTH_GATEWAY_CLIENT_SECRET),
                values.optionalText(OAUTH_ADMIN_CLIENT_SECRET),
                values.entries(OAUTH_USERS, OAuthEntries::user),
                clients);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static GatewayConfig gateway(ConfigValues values) {
        return new GatewayConfig(
                values.nonBlank(GATEWAY_HOST),
                values.integer(GATEWAY_COAP_TCP_PORT, 0, 65535),
                values.integer(GATEWAY_MAX_MESSAGE_SIZE, 1152, Integer.MAX_VALUE));
    }

    private static ClusterSettings cluster(ConfigValues values) {
        String members = values.text(CLUSTER_MEMBERS).strip();
        return new ClusterSettings(
                values.bool(CLUSTER_ENABLED),
                values.nonBlank(CLUSTER_NAME),
                values.nonBlank(CLUSTER_HOST),
                values.integer(CLUSTER_PORT, 1, 65535),
                members.isEmpty() ? List.of() : List.of(members.split("\\s*,\\s*")),
                values.integer(CLUSTER_EVENT_BUS_PORT, 0, 65535),
                values.text(CLUSTER_KUBERNETES_SERVICE_DNS));
    }

    private static GatewaySettings gatewaySettings(ConfigValues values) {
        DeviceSessionConfig sessions = new DeviceSessionConfig(
                Duration.ofSeconds(values.integer(GATEWAY_SIGN_IN_TIMEOUT_SECONDS, 1, 3600)),
                Duration.ofSeconds(values.integer(GATEWAY_KEEP_ALIVE_INTERVAL_SECONDS, 1, 86_400)),
                Duration.ofSeconds(values.integer(GATEWAY_KEEP_ALIVE_TIMEOUT_SECONDS, 1, 3600)),
                Duration.ofSeconds(values.integer(GATEWAY_DEVICE_REQUEST_TIMEOUT_SECONDS, 1, 3600)),
                values.integer(GATEWAY_MAX_INBOUND_REQUESTS, 1, 10_000),
                values.integer(GATEWAY_MAX_OUTBOUND_REQUESTS, 1, 100_000),
                values.integer(GATEWAY_MAX_OBSERVATIONS, 0, 100_000),
                values.text(GATEWAY_REDIRECT_URI));
        return new GatewaySettings(sessions, values.text(GATEWAY_NODE_ID));
    }

    private static KafkaConfig kafka(ConfigValues values) {
        int replication = values.integer(KAFKA_EVENTS_REPLICATION_FACTOR, -1, Short.MAX_VALUE);
        if (replication == 0) {
            throw values.invalid(KAFKA_EVENTS_REPLICATION_FACTOR, "must be -1 (cluster default) or at least 1");
        }
        return new KafkaConfig(
                values.hostPortList(KAFKA_BOOTSTRAP_SERVERS),
                values.integer(KAFKA_EMBEDDED_PORT, 0, 65535),
                values.nonBlank(KAFKA_EVENTS_TOPIC),
                values.integer(KAFKA_EVENTS_PARTITIONS, 1, 10_000),
                replication);
    }
}
