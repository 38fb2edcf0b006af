package dev.ocfcloud.launcher.role;

import dev.ocfcloud.launcher.config.CloudConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which deployer runs each role, and deploying the configured roles in {@link Role} order. */
public final class RoleRegistry {
    private final Map<Role, RoleDeployer> deployers;

    private RoleRegistry(Map<Role, RoleDeployer> deployers) {
        this.deployers = new EnumMap<>(deployers);
        for (Role role : Role.values()) {
            if (!this.deployers.containsKey(role)) {
                throw new IllegalArgumentException("no deployer for role " + role.id());
            }
        }
    }

    /** Every role. */
    public static RoleRegistry standard() {
        return new RoleRegistry(Map.of(
                Role.GATEWAY, new GatewayRole(),
                Role.AGGREGATE, new AggregateRole(),
                Role.DIRECTORY, new DirectoryRole(),
                Role.API, new ApiRole()));
    }

    /** Deploys {@code config.roles()} one after the other; fails at the first that fails. */
    public Future<List<StartedRole>> deploy(Vertx vertx, CloudConfig config) {
        Future<List<StartedRole>> chain = Future.succeededFuture(List.of());
        for (Role role : config.roles()) {
            chain = chain.compose(
                    started -> deployers.get(role).deploy(vertx, config).map(next -> append(started, next)));
        }
        return chain;
    }

    private static List<StartedRole> append(List<StartedRole> started, StartedRole next) {
        List<StartedRole> all = new ArrayList<>(started);
        all.add(next);
        return List.copyOf(all);
    }
}
