package dev.ocfcloud.launcher.role;

import dev.ocfcloud.launcher.config.CloudConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for a role whose verticles do not exist yet: says so, and deploys nothing. */
final class NothingToRunYet implements RoleDeployer {
    private static final Logger LOG = LoggerFactory.getLogger(NothingToRunYet.class);

    private final Role role;

    NothingToRunYet(Role role) {
        this.role = role;
    }

    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        LOG.info("Role {} has nothing to run yet", role.id());
        return Future.succeededFuture(new StartedRole(role, List.of(), Optional.empty()));
    }
}
