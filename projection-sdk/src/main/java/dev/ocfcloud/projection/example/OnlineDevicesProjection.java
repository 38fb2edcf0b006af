package dev.ocfcloud.projection.example;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.projection.ProjectedEvent;
import dev.ocfcloud.projection.Projection;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example read model: which devices of each owner are online. It shows the two rules of a
 * projection — look only at the event types you care about, and apply each aggregate's events at
 * most once by remembering the last version applied.
 */
public final class OnlineDevicesProjection implements Projection {
    private final Map<AggregateId, Long> appliedVersions = new HashMap<>();
    private final Map<OwnerId, Set<DeviceId>> online = new HashMap<>();

    @Override
    public Future<Void> apply(List<ProjectedEvent> events) {
        for (ProjectedEvent projected : events) {
            EventEnvelope event = projected.envelope();
            long last = appliedVersions.getOrDefault(event.aggregateId(), 0L);
            if (event.version() <= last) {
                continue; // delivered again after a restart or rebalance
            }
            appliedVersions.put(event.aggregateId(), event.version());
            switch (event.event()) {
                case DeviceConnectionUpdated update
                when update.status() == ConnectionStatus.ONLINE ->
                    online.computeIfAbsent(event.owner(), o -> new HashSet<>()).add(event.deviceId());
                case DeviceConnectionUpdated update -> forget(event);
                case DeviceUnregistered unregistered -> forget(event);
                default -> {
                    // other event types do not change who is online
                }
            }
        }
        return Future.succeededFuture();
    }

    /** How many of the owner's devices are online now. */
    public int onlineCount(OwnerId owner) {
        return online.getOrDefault(owner, Set.of()).size();
    }

    private void forget(EventEnvelope event) {
        Set<DeviceId> devices = online.get(event.owner());
        if (devices != null) {
            devices.remove(event.deviceId());
        }
    }
}
