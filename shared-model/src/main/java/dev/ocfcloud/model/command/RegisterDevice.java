package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;

/** Sign-up: makes {@code owner} the owner of the device. Repeating it for the same owner changes nothing. */
public record RegisterDevice(DeviceId deviceId, OwnerId owner, CorrelationId correlationId) implements DeviceCommand {}
