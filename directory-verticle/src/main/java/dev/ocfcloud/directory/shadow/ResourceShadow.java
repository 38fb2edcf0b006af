package dev.ocfcloud.directory.shadow;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every resource's {@link ShadowEntry}, grouped by device. Confined to the directory's event loop. */
public final class ResourceShadow {
    private final Map<DeviceId, Map<ResourceHref, ShadowEntry>> byDevice = new HashMap<>();

    public Optional<ShadowEntry> entry(ResourceId resourceId) {
        return Optional.ofNullable(
                byDevice.getOrDefault(resourceId.deviceId(), Map.of()).get(resourceId.href()));
    }

    public Collection<ShadowEntry> ofDevice(DeviceId deviceId) {
        return byDevice.getOrDefault(deviceId, Map.of()).values();
    }

    public void put(ShadowEntry entry) {
        byDevice.computeIfAbsent(entry.resourceId().deviceId(), d -> new TreeMap<>())
                .put(entry.resourceId().href(), entry);
    }

    public List<ShadowEntry> all() {
        return byDevice.values().stream().flatMap(m -> m.values().stream()).toList();
    }
}
