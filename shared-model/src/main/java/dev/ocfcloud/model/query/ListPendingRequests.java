package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import java.util.List;
import java.util.Set;

/**
 * The owner's cloud→device requests still waiting for their devices, oldest first, answered with a
 * {@link PendingRequestList}.
 *
 * @param deviceIds only these devices; empty for all
 */
public record ListPendingRequests(OwnerId owner, Set<DeviceId> deviceIds) implements DirectoryQuery {
    public ListPendingRequests {
        deviceIds = Set.copyOf(deviceIds);
    }

    public record PendingRequestList(List<PendingRequestView> requests) {
        public PendingRequestList {
            requests = List.copyOf(requests);
        }
    }
}
