package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.shadow.ShadowEntry;
import java.util.List;
import java.util.Map;

/** The read models as last checkpointed, and the log offsets they reflect. */
public record StoredModels(List<DeviceEntry> devices, List<ShadowEntry> shadows, Map<Integer, Long> offsets) {
    public static final StoredModels EMPTY = new StoredModels(List.of(), List.of(), Map.of());

    public StoredModels {
        devices = List.copyOf(devices);
        shadows = List.copyOf(shadows);
        offsets = Map.copyOf(offsets);
    }
}
