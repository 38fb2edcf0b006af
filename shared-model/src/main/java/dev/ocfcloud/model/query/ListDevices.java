package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.resource.ConnectionStatus;
import java.util.List;
import java.util.Set;

/**
 * The owner's registered devices, answered with a {@link DeviceList}.
 *
 * @param deviceIds only these devices; empty for all
 * @param statuses only devices with one of these statuses; empty for any
 * @param resourceTypes only devices with a link of one of these types; empty for any
 */
public record ListDevices(
        OwnerId owner, Set<DeviceId> deviceIds, Set<ConnectionStatus> statuses, Set<String> resourceTypes)
        implements DirectoryQuery {
    public ListDevices {
        deviceIds = Set.copyOf(deviceIds);
        statuses = Set.copyOf(statuses);
        resourceTypes = Set.copyOf(resourceTypes);
    }

    public static ListDevices all(OwnerId owner) {
        return new ListDevices(owner, Set.of(), Set.of(), Set.of());
    }

    /** Holder for list answers. */
    public record DeviceList(List<DeviceView> devices) {
        public DeviceList {
            devices = List.copyOf(devices);
        }
    }
}
