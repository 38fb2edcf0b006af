package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import java.util.List;
import java.util.Set;

/**
 * Shadows of the owner's resources that have been reported, answered with a {@link ResourceList}.
 *
 * @param deviceIds only these devices; empty for all
 * @param resourceTypes only resources whose link has one of these types; empty for any
 */
public record ListResources(OwnerId owner, Set<DeviceId> deviceIds, Set<String> resourceTypes)
        implements DirectoryQuery {
    public ListResources {
        deviceIds = Set.copyOf(deviceIds);
        resourceTypes = Set.copyOf(resourceTypes);
    }

    public record ResourceList(List<ResourceView> resources) {
        public ResourceList {
            resources = List.copyOf(resources);
        }
    }
}
