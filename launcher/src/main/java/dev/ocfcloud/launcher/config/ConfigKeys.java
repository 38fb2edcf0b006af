package dev.ocfcloud.launcher.config;

import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.launcher.role.Role;
import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.config.KafkaConfig;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every configuration key the launcher reads. {@code docs/configuration.md} lists the same. */
public final class ConfigKeys {
    public static final ConfigKey DATA_DIR = new ConfigKey(
            "dataDir", "./data", "Folder of everything the embedded services store (Kafka under kafka/).");
    public static final ConfigKey ROLES = new ConfigKey(
            "roles",
            Arrays.stream(Role.values()).map(Role::id).collect(Collectors.joining(",")),
            "Roles this process runs: a comma-separated list (or YAML list) of gateway, aggregate, directory, api.");
    public static final ConfigKey SHUTDOWN_TIMEOUT_SECONDS = new ConfigKey(
            "shutdownTimeoutSeconds",
            "30",
            "How long stopping (undeploying, closing Vert.x, stopping the embedded broker) may take before the"
                    + " process exits anyway.");

    public static final ConfigKey GATEWAY_HOST =
            new ConfigKey("gateway.host", GatewayConfig.defaults().host(), "Address the CoAP-over-TCP listener binds.");
    public static final ConfigKey GATEWAY_COAP_TCP_PORT = new ConfigKey(
            "gateway.coapTcpPort",
            String.valueOf(GatewayConfig.DEFAULT_COAP_TCP_PORT),
            "Plain CoAP-over-TCP port for devices; 0 for a free port.");
    public static final ConfigKey GATEWAY_MAX_MESSAGE_SIZE = new ConfigKey(
            "gateway.maxMessageSize",
            String.valueOf(GatewayConfig.DEFAULT_MAX_MESSAGE_SIZE),
            "Largest CoAP frame accepted from a device, in bytes (at least 1152); announced in our CSM.");
    public static final ConfigKey GATEWAY_INSTANCES = new ConfigKey(
            "gateway.instances",
            "0",
            "Gateway verticle instances sharing the port; 0 for one per event loop (2 × CPU cores). With port 0"
                    + " a single instance is deployed.");

    public static final ConfigKey GATEWAY_NODE_ID = new ConfigKey(
            "gateway.nodeId",
            "",
            "Names this gateway process in devices' connection records; empty for a generated id.");
    public static final ConfigKey GATEWAY_SIGN_IN_TIMEOUT_SECONDS = new ConfigKey(
            "gateway.signInTimeoutSeconds", "60", "A connection that has not signed in by then is closed.");
    public static final ConfigKey GATEWAY_KEEP_ALIVE_INTERVAL_SECONDS = new ConfigKey(
            "gateway.keepAliveIntervalSeconds",
            "60",
            "After this long without a frame from a device, the cloud pings it.");
    public static final ConfigKey GATEWAY_KEEP_ALIVE_TIMEOUT_SECONDS = new ConfigKey(
            "gateway.keepAliveTimeoutSeconds", "15", "A pinged device that stays silent this long is disconnected.");
    public static final ConfigKey GATEWAY_DEVICE_REQUEST_TIMEOUT_SECONDS = new ConfigKey(
            "gateway.deviceRequestTimeoutSeconds",
            "10",
            "How long the cloud waits for a device to answer its requests.");
    public static final ConfigKey GATEWAY_MAX_INBOUND_REQUESTS = new ConfigKey(
            "gateway.maxInboundRequests", "16", "Requests of one device worked on at once; more are answered 5.03.");
    public static final ConfigKey GATEWAY_MAX_OUTBOUND_REQUESTS = new ConfigKey(
            "gateway.maxOutboundRequests",
            "256",
            "Cloud-to-device requests (observations included) waiting at once per device.");
    public static final ConfigKey GATEWAY_MAX_OBSERVATIONS =
            new ConfigKey("gateway.maxObservations", "128", "Resources observed per device.");
    public static final ConfigKey GATEWAY_REDIRECT_URI = new ConfigKey(
            "gateway.redirectUri",
            "",
            "Sent as redirecturi at sign-up; a non-empty one makes devices reconnect there.");

    public static final ConfigKey KAFKA_BOOTSTRAP_SERVERS = new ConfigKey(
            "kafka.bootstrapServers",
            "",
            "External Kafka cluster (host:port,host:port). Empty: start the embedded single-node broker.");
    public static final ConfigKey KAFKA_EMBEDDED_PORT = new ConfigKey(
            "kafka.embeddedPort",
            String.valueOf(KafkaConfig.DEFAULT_EMBEDDED_PORT),
            "Client port of the embedded broker on 127.0.0.1; 0 for a free port. Unused with an external cluster.");
    public static final ConfigKey KAFKA_EVENTS_TOPIC =
            new ConfigKey("kafka.eventsTopic", KafkaConfig.DEFAULT_EVENTS_TOPIC, "Topic every event is appended to.");
    public static final ConfigKey KAFKA_EVENTS_PARTITIONS = new ConfigKey(
            "kafka.eventsPartitions",
            String.valueOf(KafkaConfig.DEFAULT_EVENTS_PARTITIONS),
            "Partitions of the events topic when the cloud creates it. Fixed afterwards: a device's partition"
                    + " is hash(deviceId) mod partitions.");
    public static final ConfigKey KAFKA_EVENTS_REPLICATION_FACTOR = new ConfigKey(
            "kafka.eventsReplicationFactor",
            String.valueOf(KafkaConfig.BROKER_DEFAULT_REPLICATION),
            "Replicas of the events topic when the cloud creates it; -1 for the cluster's"
                    + " default.replication.factor.");

    public static final ConfigKey STORE_MONGO_CONNECTION_STRING = new ConfigKey(
            "store.mongoConnectionString",
            "",
            "External MongoDB (mongodb://…). Empty: start the embedded Mongo-wire store under <dataDir>/store.");
    public static final ConfigKey STORE_DATABASE =
            new ConfigKey("store.database", "ocf", "Database of the cloud's collections.");
    public static final ConfigKey STORE_EMBEDDED_PORT =
            new ConfigKey("store.embeddedPort", "0", "Port of the embedded store on 127.0.0.1; 0 for a free port.");

    public static final ConfigKey AGGREGATE_INSTANCES = new ConfigKey(
            "aggregate.instances",
            "1",
            "Aggregate verticles in this process; each takes a share of the events topic's partitions.");
    public static final ConfigKey AGGREGATE_TRANSACTION_TIMEOUT_SECONDS = new ConfigKey(
            "aggregate.transactionTimeoutSeconds",
            "10",
            "Kafka transaction timeout: how long a dead owner's open transaction may hold readers back.");
    public static final ConfigKey AGGREGATE_GATEWAY_LEASE_SECONDS = new ConfigKey(
            "aggregate.gatewayLeaseSeconds",
            "10",
            "A gateway process silent this long (it beats every second) has its devices marked offline.");
    public static final ConfigKey AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS = new ConfigKey(
            "aggregate.ownershipSessionTimeoutSeconds",
            "10",
            "How long an aggregate process may be silent before its partitions move to another (6–300).");

    public static final ConfigKey DIRECTORY_REPLICA_ID = new ConfigKey(
            "directory.replicaId",
            "main",
            "Names this directory replica's checkpoint collections (directory-<id>_…); unique per replica.");
    public static final ConfigKey DIRECTORY_CHECKPOINT_INTERVAL_MILLIS = new ConfigKey(
            "directory.checkpointIntervalMillis",
            "500",
            "How often the directory writes changed read-model entries with their offsets.");

    public static final ConfigKey HTTP_HOST =
            new ConfigKey("http.host", HttpConfig.DEFAULT_HOST, "Address the HTTP server (API, OAuth provider) binds.");
    public static final ConfigKey HTTP_PORT = new ConfigKey(
            "http.port", String.valueOf(HttpConfig.DEFAULT_PORT), "Port of the HTTP server; 0 for a free port.");

    public static final ConfigKey OAUTH_EMBEDDED = new ConfigKey(
            "oauth.embedded",
            "true",
            "Run the embedded OAuth2 provider in the api role; false when tokens come from an external IdP.");
    public static final ConfigKey OAUTH_ISSUER = new ConfigKey(
            "oauth.issuer",
            "",
            "The token issuer (iss) the cloud trusts, and the embedded provider's own. Empty: the embedded"
                    + " provider at http://127.0.0.1:<http.port>.");
    public static final ConfigKey OAUTH_JWKS_URL =
            new ConfigKey("oauth.jwksUrl", "", "The issuer's JWKS. Empty: found by OIDC discovery from the issuer.");
    public static final ConfigKey OAUTH_TOKEN_URL = new ConfigKey(
            "oauth.tokenUrl",
            "",
            "The issuer's token endpoint. Empty: <issuer>/oauth/token (the embedded provider's).");
    public static final ConfigKey OAUTH_AUDIENCE = new ConfigKey(
            "oauth.audience",
            OAuthProviderConfig.DEFAULT_AUDIENCE,
            "The aud of access tokens: issued by the embedded provider, required by the cloud.");
    public static final ConfigKey OAUTH_OWNER_CLAIM = new ConfigKey(
            "oauth.ownerClaim", OAuthProviderConfig.SUBJECT_CLAIM, "The token claim that names the owner (tenant).");
    public static final ConfigKey OAUTH_CLOCK_SKEW_SECONDS = new ConfigKey(
            "oauth.clockSkewSeconds",
            String.valueOf(IssuerConfig.DEFAULT_CLOCK_SKEW.toSeconds()),
            "How far token expiry and not-before may be off when tokens are verified.");
    public static final ConfigKey OAUTH_ACCESS_TOKEN_TTL_SECONDS = new ConfigKey(
            "oauth.accessTokenTtlSeconds",
            String.valueOf(OAuthProviderConfig.DEFAULT_ACCESS_TOKEN_TTL.toSeconds()),
            "Lifetime of the embedded provider's access tokens (a device's expiresin).");
    public static final ConfigKey OAUTH_REFRESH_TOKEN_TTL_DAYS = new ConfigKey(
            "oauth.refreshTokenTtlDays",
            String.valueOf(OAuthProviderConfig.DEFAULT_REFRESH_TOKEN_TTL.toDays()),
            "How long an unused refresh token of the embedded provider stays valid.");
    public static final ConfigKey OAUTH_ONBOARDING_CODE_TTL_SECONDS = new ConfigKey(
            "oauth.onboardingCodeTtlSeconds",
            String.valueOf(OAuthProviderConfig.DEFAULT_ONBOARDING_CODE_TTL.toSeconds()),
            "Lifetime of onboarding codes.");
    public static final ConfigKey OAUTH_GATEWAY_CLIENT_ID = new ConfigKey(
            "oauth.gatewayClientId", BuiltInClients.GATEWAY_CLIENT_ID, "The device gateway's OAuth client id.");
    public static final ConfigKey OAUTH_GATEWAY_CLIENT_SECRET = new ConfigKey(
            "oauth.gatewayClientSecret",
            "",
            "The device gateway's client secret. Empty: generated at first start into"
                    + " <dataDir>/oauth/gateway-client-secret.");
    public static final ConfigKey OAUTH_ADMIN_CLIENT_SECRET = new ConfigKey(
            "oauth.adminClientSecret",
            "",
            "The secret of the ocf-admin client (CLI). Empty: generated into <dataDir>/oauth/admin-client-secret.");
    public static final ConfigKey OAUTH_USERS = new ConfigKey(
            "oauth.users", "", "Users of the embedded provider: a YAML list of {username, passwordHash, owner}.");
    public static final ConfigKey OAUTH_CLIENTS = new ConfigKey(
            "oauth.clients",
            "",
            "More clients of the embedded provider: a YAML list of {id, secret, redirectUris, grantTypes, scopes,"
                    + " owner}.");

    public static final ConfigKey CLUSTER_ENABLED = new ConfigKey(
            "cluster.enabled", "false", "Join the other processes of the cloud on a clustered event bus (Hazelcast).");
    public static final ConfigKey CLUSTER_NAME =
            new ConfigKey("cluster.name", "ocf-cloud", "Processes with the same cluster name join each other.");
    public static final ConfigKey CLUSTER_HOST = new ConfigKey(
            "cluster.host", "127.0.0.1", "Address this process binds and announces for Hazelcast and the event bus.");
    public static final ConfigKey CLUSTER_PORT = new ConfigKey("cluster.port", "5701", "Hazelcast member port.");
    public static final ConfigKey CLUSTER_MEMBERS = new ConfigKey(
            "cluster.members",
            "",
            "Members to join, host:port[,host:port…] (TCP join); empty with Kubernetes discovery.");
    public static final ConfigKey CLUSTER_EVENT_BUS_PORT =
            new ConfigKey("cluster.eventBusPort", "0", "Clustered event bus port; 0 for a free one.");
    public static final ConfigKey CLUSTER_KUBERNETES_SERVICE_DNS = new ConfigKey(
            "cluster.kubernetesServiceDns",
            "",
            "A headless service for Kubernetes DNS discovery instead of a member list.");

    public static final ConfigKey LOG_LEVEL = new ConfigKey(
            "log.level", "INFO", "Log level of the cloud and its libraries: ERROR, WARN, INFO, DEBUG or TRACE.");
    public static final ConfigKey LOG_KAFKA_LEVEL =
            new ConfigKey("log.kafkaLevel", "WARN", "Log level of the Kafka broker and clients (chatty at INFO).");

    public static final List<ConfigKey> ALL = List.of(
            DATA_DIR,
            ROLES,
            SHUTDOWN_TIMEOUT_SECONDS,
            GATEWAY_HOST,
            GATEWAY_COAP_TCP_PORT,
            GATEWAY_MAX_MESSAGE_SIZE,
            GATEWAY_INSTANCES,
            GATEWAY_NODE_ID,
            GATEWAY_SIGN_IN_TIMEOUT_SECONDS,
            GATEWAY_KEEP_ALIVE_INTERVAL_SECONDS,
            GATEWAY_KEEP_ALIVE_TIMEOUT_SECONDS,
            GATEWAY_DEVICE_REQUEST_TIMEOUT_SECONDS,
            GATEWAY_MAX_INBOUND_REQUESTS,
            GATEWAY_MAX_OUTBOUND_REQUESTS,
            GATEWAY_MAX_OBSERVATIONS,
            GATEWAY_REDIRECT_URI,
            KAFKA_BOOTSTRAP_SERVERS,
            KAFKA_EMBEDDED_PORT,
            KAFKA_EVENTS_TOPIC,
            KAFKA_EVENTS_PARTITIONS,
            KAFKA_EVENTS_REPLICATION_FACTOR,
            STORE_MONGO_CONNECTION_STRING,
            STORE_DATABASE,
            STORE_EMBEDDED_PORT,
            AGGREGATE_INSTANCES,
            AGGREGATE_TRANSACTION_TIMEOUT_SECONDS,
            AGGREGATE_OWNERSHIP_SESSION_TIMEOUT_SECONDS,
            AGGREGATE_GATEWAY_LEASE_SECONDS,
            DIRECTORY_REPLICA_ID,
            DIRECTORY_CHECKPOINT_INTERVAL_MILLIS,
            HTTP_HOST,
            HTTP_PORT,
            OAUTH_EMBEDDED,
            OAUTH_ISSUER,
            OAUTH_JWKS_URL,
            OAUTH_TOKEN_URL,
            OAUTH_AUDIENCE,
            OAUTH_OWNER_CLAIM,
            OAUTH_CLOCK_SKEW_SECONDS,
            OAUTH_ACCESS_TOKEN_TTL_SECONDS,
            OAUTH_REFRESH_TOKEN_TTL_DAYS,
            OAUTH_ONBOARDING_CODE_TTL_SECONDS,
            OAUTH_GATEWAY_CLIENT_ID,
            OAUTH_GATEWAY_CLIENT_SECRET,
            OAUTH_ADMIN_CLIENT_SECRET,
            OAUTH_USERS,
            OAUTH_CLIENTS,
            CLUSTER_ENABLED,
            CLUSTER_NAME,
            CLUSTER_HOST,
            CLUSTER_PORT,
            CLUSTER_MEMBERS,
            CLUSTER_EVENT_BUS_PORT,
            CLUSTER_KUBERNETES_SERVICE_DNS,
            LOG_LEVEL,
            LOG_KAFKA_LEVEL);

    private ConfigKeys() {}
}
