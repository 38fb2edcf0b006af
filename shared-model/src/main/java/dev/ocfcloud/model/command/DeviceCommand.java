package dev.ocfcloud.model.command;

import dev.ocfcloud.model.AggregateId;

/** A command to the device aggregate: ownership, connection status, published links. */
public sealed interface DeviceCommand extends Command
        permits RegisterDevice, UnregisterDevice, UpdateDeviceConnection, PublishResourceLinks, UnpublishResourceLinks {
    @Override
    default AggregateId aggregateId() {
        return AggregateId.ofDevice(deviceId());
    }
}
