package dev.ocfcloud.aggregate.device;

import dev.ocfcloud.aggregate.Decision;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.error.ErrorCode;
import java.util.Optional;

/** The authorization invariant: only the device's owner may act on it or its resources. */
public final class Ownership {
    private Ownership() {}

    /** The rejection when {@code caller} may not act on the device; empty when it may. */
    public static Optional<Decision> denial(DeviceState device, OwnerId caller) {
        if (!device.isRegistered()) {
            return Optional.of(Decision.reject(ErrorCode.DEVICE_NOT_FOUND, "the device is not registered"));
        }
        if (!device.isOwnedBy(caller)) {
            return Optional.of(Decision.reject(ErrorCode.DEVICE_NOT_OWNED, "the device belongs to another owner"));
        }
        return Optional.empty();
    }
}
