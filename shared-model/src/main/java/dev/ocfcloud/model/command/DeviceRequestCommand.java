package dev.ocfcloud.model.command;

import java.time.Instant;

/**
 * Starts a cloud→device round trip: the aggregate records it as pending until the gateway holding
 * the device's connection confirms the device's answer, or until {@link #validUntil()} passes.
 */
public sealed interface DeviceRequestCommand extends ResourceCommand
        permits UpdateResource, RetrieveResource, CreateResource, DeleteResource {
    Instant validUntil();

    /** Whether the request waits for an offline device or is refused at once. */
    DeliveryMode delivery();
}
