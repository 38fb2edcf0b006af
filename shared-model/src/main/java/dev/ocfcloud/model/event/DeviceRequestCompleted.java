package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;

/**
 * A cloud→device request ended: with the device's answer, or with TIMEOUT or CANCELED from the
 * cloud. Its correlation id is the pending request's.
 */
public sealed interface DeviceRequestCompleted extends ResourceEvent
        permits ResourceUpdated, ResourceRetrieved, ResourceCreated, ResourceDeleted {
    OperationStatus status();

    ResourceContent content();
}
