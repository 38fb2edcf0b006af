package dev.ocfcloud.launcher.role;

import java.util.List;
import java.util.Optional;

/**
 * A role that is up.
 *
 * @param role which role
 * @param deploymentIds its Vert.x deployments, undeployed when the cloud stops
 * @param endpoint what it listens on, for the ready line (e.g. {@code coap+tcp=0.0.0.0:5683})
 */
public record StartedRole(Role role, List<String> deploymentIds, Optional<String> endpoint) {
    public StartedRole {
        deploymentIds = List.copyOf(deploymentIds);
    }
}
