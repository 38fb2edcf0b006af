package dev.ocfcloud.launcher.role;

import dev.ocfcloud.gateway.GatewayServices;
import dev.ocfcloud.gateway.GatewayVerticle;
import dev.ocfcloud.gateway.delivery.ConnectedDevices;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.account.SignUpExchanges;
import dev.ocfcloud.gateway.presence.GatewayPresenceVerticle;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.GatewaySettings;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.model.auth.HttpTokenEndpointClient;
import dev.ocfcloud.model.auth.JwksPolicy;
import dev.ocfcloud.model.auth.JwksTokenVerifier;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.bus.DeviceRequestClient;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.config.GatewayConfig;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Deploys the device gateway: several {@link GatewayVerticle} instances on one port (Vert.x
 * spreads the connections over their event loops), one per event loop unless configured, all
 * sharing one sign-up idempotency cache and one node id.
 */
final class GatewayRole implements RoleDeployer {
    static final Duration BUS_TIMEOUT = Duration.ofSeconds(5);
    /** The aggregates' gateway lease is ten of these by default. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);

    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        GatewayConfig gateway = config.gateway();
        GatewaySettings settings = config.gatewaySettings();
        String nodeId = settings.nodeId().isBlank() ? "gateway-" + UUID.randomUUID() : settings.nodeId();
        SignUpExchanges signUps = new SignUpExchanges(Clock.systemUTC());
        ConnectedDevices connected = new ConnectedDevices();
        List<GatewayVerticle> instances = new CopyOnWriteArrayList<>();
        DeploymentOptions options = new DeploymentOptions().setInstances(instanceCount(config));
        return vertx.executeBlocking(() -> BuiltInClients.gatewayTokenEndpoint(config))
                .compose(tokenEndpoint -> vertx.deployVerticle(
                        () -> {
                            GatewayVerticle verticle = new GatewayVerticle(
                                    gateway,
                                    settings.sessions(),
                                    v -> services(v, config, tokenEndpoint, signUps, connected, nodeId));
                            instances.add(verticle);
                            return verticle;
                        },
                        options))
                .compose(id -> vertx.deployVerticle(
                                new GatewayPresenceVerticle(nodeId, HEARTBEAT_INTERVAL, Clock.systemUTC()))
                        .map(presence -> new StartedRole(
                                Role.GATEWAY,
                                List.of(presence, id),
                                Optional.of(endpoint(gateway, instances.getFirst())))));
    }

    private static GatewayServices services(
            Vertx vertx,
            CloudConfig config,
            TokenEndpointConfig tokenEndpoint,
            SignUpExchanges signUps,
            ConnectedDevices connected,
            String nodeId) {
        WebClient web = WebClient.create(vertx);
        AggregateClient aggregates =
                new AggregateClient(vertx, new DevicePartitioner(config.kafka().eventsPartitions()), BUS_TIMEOUT);
        return new GatewayServices(
                new Commands(aggregates),
                new DeviceRequestClient(vertx, aggregates, Clock.systemUTC()),
                new DirectoryClient(vertx, BUS_TIMEOUT),
                JwksTokenVerifier.remote(
                        vertx, web, config.oauth().issuerConfig(config.http().port()), JwksPolicy.DEFAULTS),
                new HttpTokenEndpointClient(web, tokenEndpoint),
                signUps,
                connected,
                nodeId,
                Clock.systemUTC());
    }

    static int instanceCount(CloudConfig config) {
        if (config.gateway().coapTcpPort() == 0) {
            // Instances listening on port 0 could each get a different free port.
            return 1;
        }
        int configured = config.gatewayInstances();
        return configured > 0 ? configured : VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
    }

    private static String endpoint(GatewayConfig gateway, GatewayVerticle verticle) {
        // boundPort() tells the port actually bound (it matters for port 0); a verticle that binds
        // nothing reports -1, and then the configured port is the best we know.
        int port = verticle.boundPort() > 0 ? verticle.boundPort() : gateway.coapTcpPort();
        return "coap+tcp=" + gateway.host() + ":" + port;
    }
}
