package dev.ocfcloud.launcher.config;

import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_INSTANCES;
import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.AGGREGATE_TRANSACTION_TIMEOUT_SECONDS;
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
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_AUDIENCE;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_CLIENT_ID;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_CLIENT_SECRET;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_ISSUER;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_JWKS_URL;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_OWNER_CLAIM;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_OAUTH_TOKEN_URL;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_REDIRECT_URI;
import static dev.ocfcloud.launcher.config.ConfigKeys.GATEWAY_SIGN_IN_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_BOOTSTRAP_SERVERS;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EMBEDDED_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_PARTITIONS;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_REPLICATION_FACTOR;
import static dev.ocfcloud.launcher.config.ConfigKeys.KAFKA_EVENTS_TOPIC;
import static dev.ocfcloud.launcher.config.ConfigKeys.LOG_KAFKA_LEVEL;
import static dev.ocfcloud.launcher.config.ConfigKeys.LOG_LEVEL;
import static dev.ocfcloud.launcher.config.ConfigKeys.ROLES;
import static dev.ocfcloud.launcher.config.ConfigKeys.SHUTDOWN_TIMEOUT_SECONDS;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_DATABASE;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_EMBEDDED_PORT;
import static dev.ocfcloud.launcher.config.ConfigKeys.STORE_MONGO_CONNECTION_STRING;

import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the configuration: built-in defaults, overridden by the YAML file if there is one,
 * overridden by {@code OCF_*} environment variables. Every value is checked here, so a bad one
 * stops the launcher before anything starts, with a message naming the key.
 */
public final class CloudConfigLoader {
    /** The environment variable naming the configuration file when {@code --config} is not given. */
    public static final String CONFIG_FILE_ENV = "OCF_CONFIG";

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
                        Duration.ofSeconds(values.integer(AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS, 6, 300))),
                new DirectorySettings(
                        values.nonBlank(DIRECTORY_REPLICA_ID),
                        Duration.ofMillis(values.integer(DIRECTORY_CHECKPOINT_INTERVAL_MILLIS, 10, 600_000))),
                Duration.ofSeconds(values.integer(SHUTDOWN_TIMEOUT_SECONDS, 1, 3600)),
                new LogConfig(values.logLevel(LOG_LEVEL), values.logLevel(LOG_KAFKA_LEVEL)));
    }

    private static GatewayConfig gateway(ConfigValues values) {
        return new GatewayConfig(
                values.nonBlank(GATEWAY_HOST),
                values.integer(GATEWAY_COAP_TCP_PORT, 0, 65535),
                values.integer(GATEWAY_MAX_MESSAGE_SIZE, 1152, Integer.MAX_VALUE));
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
        String audience = values.text(GATEWAY_OAUTH_AUDIENCE);
        IssuerConfig issuer = new IssuerConfig(
                values.nonBlank(GATEWAY_OAUTH_ISSUER),
                values.text(GATEWAY_OAUTH_JWKS_URL),
                audience.isBlank() ? Optional.empty() : Optional.of(audience),
                values.nonBlank(GATEWAY_OAUTH_OWNER_CLAIM),
                IssuerConfig.DEFAULT_CLOCK_SKEW);
        TokenEndpointConfig tokenEndpoint = new TokenEndpointConfig(
                values.nonBlank(GATEWAY_OAUTH_TOKEN_URL),
                values.nonBlank(GATEWAY_OAUTH_CLIENT_ID),
                values.text(GATEWAY_OAUTH_CLIENT_SECRET),
                TokenEndpointConfig.DEFAULT_TIMEOUT);
        return new GatewaySettings(sessions, issuer, tokenEndpoint, values.text(GATEWAY_NODE_ID));
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
