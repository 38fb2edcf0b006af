package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.aggregate.DeviceAggregates;
import dev.ocfcloud.aggregate.device.DeviceConnection;
import dev.ocfcloud.model.DeviceId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The online devices of a shard by the gateway node holding them, kept with the shard's state. */
final class OnlineIndex {
    private final Map<String, Set<DeviceId>> byNode = new HashMap<>();
    private final Map<DeviceId, String> nodeOf = new HashMap<>();

    void update(DeviceId device, DeviceAggregates state) {
        String previous = nodeOf.remove(device);
        if (previous != null) {
            Set<DeviceId> devices = byNode.get(previous);
            devices.remove(device);
            if (devices.isEmpty()) {
                byNode.remove(previous);
            }
        }
        DeviceConnection connection = state.device().connection();
        if (connection.isOnline() && state.device().isRegistered()) {
            nodeOf.put(device, connection.gatewayNode());
            byNode.computeIfAbsent(connection.gatewayNode(), node -> new HashSet<>())
                    .add(device);
        }
    }

    Set<String> nodes() {
        return Set.copyOf(byNode.keySet());
    }

    Set<DeviceId> devicesOn(String node) {
        return Set.copyOf(byNode.getOrDefault(node, Set.of()));
    }
}
