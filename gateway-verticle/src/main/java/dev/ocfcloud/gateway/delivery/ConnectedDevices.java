package dev.ocfcloud.gateway.delivery;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import io.vertx.core.Context;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The signed-in devices of this gateway process, each with the event loop its session lives on, so
 * a request for a device can be handed to its session on the right thread. Shared by every gateway
 * verticle of the process.
 */
public final class ConnectedDevices {
    private record Entry(Object session, Context context, Consumer<DeviceRequestDelivery> deliver) {}

    private final ConcurrentHashMap<DeviceId, Entry> devices = new ConcurrentHashMap<>();

    /** The session signed the device in; a newer session of the same device replaces an older one. */
    public void add(DeviceId device, Object session, Context context, Consumer<DeviceRequestDelivery> deliver) {
        devices.put(device, new Entry(session, context, deliver));
    }

    /** The session ended or signed out; only its own entry goes. */
    public void remove(DeviceId device, Object session) {
        devices.computeIfPresent(device, (id, entry) -> entry.session().equals(session) ? null : entry);
    }

    /**
     * Hands the request to the device's session on its event loop.
     *
     * @return false when the device is not connected here (it will get it again when it reconnects)
     */
    public boolean deliver(DeviceRequestDelivery request) {
        Entry entry = devices.get(request.resourceId().deviceId());
        if (entry == null) {
            return false;
        }
        entry.context().runOnContext(v -> entry.deliver().accept(request));
        return true;
    }

    public int size() {
        return devices.size();
    }
}
