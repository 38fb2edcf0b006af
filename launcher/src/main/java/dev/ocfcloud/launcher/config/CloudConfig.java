package dev.ocfcloud.launcher.config;

import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.launcher.role.Role;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one launcher process is configured with, read once at start (see {@code
 * docs/configuration.md}).
 *
 * @param dataDir the folder of the embedded services' data
 * @param roles the roles to run, at least one
 * @param gateway the gateway's settings
 * @param gatewayInstances gateway verticle instances, 0 for one per event loop
 * @param gatewaySettings the gateway's device sessions and identity provider
 * @param kafka the Kafka settings
 * @param store the document store
 * @param aggregate the write side's settings
 * @param directory the read side's settings
 * @param shutdownTimeout how long stopping may take
 * @param log the log levels
 * @param cluster how this process joins the others of the cloud
 * @param http the HTTP server of the api role
 * @param oauth the token issuer and the embedded OAuth provider
 */
public record CloudConfig(
        Path dataDir,
        Set<Role> roles,
        GatewayConfig gateway,
        int gatewayInstances,
        GatewaySettings gatewaySettings,
        KafkaConfig kafka,
        StoreConfig store,
        AggregateSettings aggregate,
        DirectorySettings directory,
        Duration shutdownTimeout,
        LogConfig log,
        HttpConfig http,
        OAuthSettings oauth,
        ClusterSettings cluster) {
    public CloudConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(gatewaySettings, "gatewaySettings");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(oauth, "oauth");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The embedded broker's folder. */
    public Path kafkaDataDir() {
        return dataDir.resolve("kafka");
    }

    /** The embedded store's folder. */
    public Path storeDataDir() {
        return dataDir.resolve("store");
    }

    /** The folder of the embedded provider's generated client secrets. */
    public Path oauthDataDir() {
        return dataDir.resolve("oauth");
    }

    /** The same configuration with Kafka pointing at {@code bootstrapServers}. */
    public CloudConfig withKafkaBootstrapServers(String bootstrapServers) {
        return new CloudConfig(
                dataDir,
                roles,
                gateway,
                gatewayInstances,
                gatewaySettings,
                kafka.withBootstrapServers(bootstrapServers),
                store,
                aggregate,
                directory,
                shutdownTimeout,
                log,
                http,
                oauth,
                cluster);
    }

    /** The same configuration with the store at {@code connectionString}. */
    public CloudConfig withStoreConnectionString(String connectionString) {
        return new CloudConfig(
                dataDir,
                roles,
                gateway,
                gatewayInstances,
                gatewaySettings,
                kafka,
                store.withConnectionString(connectionString),
                aggregate,
                directory,
                shutdownTimeout,
                log,
                http,
                oauth,
                cluster);
    }
}
