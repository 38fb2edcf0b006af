package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.ReadModels;
import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.shadow.ShadowEntry;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceId;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checkpoints kept in memory: survives a verticle restart within one process (tests). */
public final class InMemoryProjectionStore implements ProjectionStore {
    private final Map<DeviceId, DeviceEntry> devices = new LinkedHashMap<>();
    private final Map<ResourceId, ShadowEntry> shadows = new LinkedHashMap<>();
    private final Map<Integer, Long> offsets = new HashMap<>();

    @Override
    public synchronized Future<StoredModels> load() {
        return Future.succeededFuture(
                new StoredModels(List.copyOf(devices.values()), List.copyOf(shadows.values()), offsets));
    }

    @Override
    public synchronized Future<Void> save(ReadModels.Changes changes, Map<Integer, Long> positions) {
        changes.devices().forEach(entry -> devices.put(entry.deviceId(), entry));
        changes.shadows().forEach(entry -> shadows.put(entry.resourceId(), entry));
        offsets.putAll(positions);
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }
}
