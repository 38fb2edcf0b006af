package dev.ocfcloud.launcher.role;

import dev.ocfcloud.gateway.GatewayVerticle;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Deploys the device gateway: several {@link GatewayVerticle} instances on one port (Vert.x
 * spreads the connections over their event loops), one per event loop unless configured.
 */
final class GatewayRole implements RoleDeployer {
    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        GatewayConfig gateway = config.gateway();
        List<GatewayVerticle> instances = new CopyOnWriteArrayList<>();
        DeploymentOptions options = new DeploymentOptions().setInstances(instanceCount(config));
        return vertx.deployVerticle(
                        () -> {
                            GatewayVerticle verticle = new GatewayVerticle(gateway);
                            instances.add(verticle);
                            return verticle;
                        },
                        options)
                .map(id -> new StartedRole(
                        Role.GATEWAY, List.of(id), Optional.of(endpoint(gateway, instances.getFirst()))));
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
