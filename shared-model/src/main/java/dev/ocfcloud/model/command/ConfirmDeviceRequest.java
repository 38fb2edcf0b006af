package dev.ocfcloud.model.command;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;

/**
 * Ends a pending cloud→device round trip with the device's answer. Its correlation id is the one
 * of the pending command.
 */
public sealed interface ConfirmDeviceRequest extends ResourceCommand
        permits ConfirmResourceUpdate, ConfirmResourceRetrieve, ConfirmResourceCreate, ConfirmResourceDelete {
    OperationStatus status();

    ResourceContent content();
}
