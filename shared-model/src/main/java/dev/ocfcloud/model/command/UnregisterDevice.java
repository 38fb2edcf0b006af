package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;

/** Deregistration, by the device ({@code DELETE /oic/sec/account}) or its owner through an API. */
public record UnregisterDevice(DeviceId deviceId, OwnerId owner, CorrelationId correlationId)
        implements DeviceCommand {}
