package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;

/** One device of the owner; answered with a {@link DeviceView} or {@code device.not_found}. */
public record GetDevice(OwnerId owner, DeviceId deviceId) implements DirectoryQuery {}
