package dev.ocfcloud.launcher.role;

import dev.ocfcloud.launcher.config.CloudConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Deploys the verticles of one role. */
public interface RoleDeployer {
    /**
     * Deploys the role's verticles.
     *
     * @param config the configuration, with Kafka's bootstrap servers resolved (the embedded broker's
     *     address when it runs)
     * @return completes once the role's verticles are deployed
     */
    Future<StartedRole> deploy(Vertx vertx, CloudConfig config);
}
