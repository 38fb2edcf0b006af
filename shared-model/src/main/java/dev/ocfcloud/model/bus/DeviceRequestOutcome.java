package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;

/** How a cloud→device request ended: the device's status and answer, or TIMEOUT / CANCELED. */
public record DeviceRequestOutcome(CorrelationId correlationId, OperationStatus status, ResourceContent content) {}
