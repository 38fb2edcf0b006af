package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import java.util.List;
import java.util.Set;

/**
 * Published links of the owner's devices, answered with a {@link LinkList}.
 *
 * @param deviceIds only these devices; empty for all
 * @param resourceTypes only links with one of these types; empty for any
 * @param interfaces only links with one of these interfaces; empty for any
 */
public record ListResourceLinks(
        OwnerId owner, Set<DeviceId> deviceIds, Set<String> resourceTypes, Set<String> interfaces)
        implements DirectoryQuery {
    public ListResourceLinks {
        deviceIds = Set.copyOf(deviceIds);
        resourceTypes = Set.copyOf(resourceTypes);
        interfaces = Set.copyOf(interfaces);
    }

    public static ListResourceLinks all(OwnerId owner) {
        return new ListResourceLinks(owner, Set.of(), Set.of(), Set.of());
    }

    public record LinkList(List<PublishedLink> links) {
        public LinkList {
            links = List.copyOf(links);
        }
    }
}
