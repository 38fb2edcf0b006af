package dev.ocfcloud.model.command;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;

/** A command to the aggregate of one resource of a device. */
public sealed interface ResourceCommand extends Command
        permits NotifyResourceChanged, DeviceRequestCommand, ConfirmDeviceRequest, CancelPendingCommand {
    ResourceId resourceId();

    @Override
    default DeviceId deviceId() {
        return resourceId().deviceId();
    }

    default ResourceHref href() {
        return resourceId().href();
    }

    @Override
    default AggregateId aggregateId() {
        return AggregateId.ofResource(resourceId());
    }
}
