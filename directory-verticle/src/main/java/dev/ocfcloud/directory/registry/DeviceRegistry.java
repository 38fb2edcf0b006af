package dev.ocfcloud.directory.registry;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The device registry and resource directory: every device's {@link DeviceEntry}, indexed by
 * owner. Confined to the directory's event loop.
 */
public final class DeviceRegistry {
    private final Map<DeviceId, DeviceEntry> devices = new HashMap<>();
    private final Map<OwnerId, Set<DeviceId>> byOwner = new HashMap<>();

    public Optional<DeviceEntry> entry(DeviceId deviceId) {
        return Optional.ofNullable(devices.get(deviceId));
    }

    /** The owner's registered device, or empty: another owner's device looks exactly like a missing one. */
    public Optional<DeviceEntry> visible(OwnerId caller, DeviceId deviceId) {
        return entry(deviceId).filter(entry -> entry.isVisibleTo(caller));
    }

    /** The owner's registered devices, in device-id order. */
    public Stream<DeviceEntry> visibleTo(OwnerId caller) {
        return byOwner.getOrDefault(caller, Set.of()).stream()
                .map(devices::get)
                .filter(entry -> entry.isVisibleTo(caller));
    }

    public void put(DeviceEntry entry) {
        DeviceEntry previous = devices.put(entry.deviceId(), entry);
        if (previous != null && !previous.owner().equals(entry.owner())) {
            Set<DeviceId> old = byOwner.get(previous.owner());
            if (old != null) {
                old.remove(entry.deviceId());
            }
        }
        byOwner.computeIfAbsent(entry.owner(), o -> new TreeSet<>()).add(entry.deviceId());
    }

    public Collection<DeviceEntry> all() {
        return devices.values();
    }

    public int size() {
        return devices.size();
    }
}
