package dev.ocfcloud.model.event;

import java.time.Instant;

/** A cloud→device request is waiting for the device; its correlation id is the envelope's. */
public sealed interface DeviceRequestPending extends ResourceEvent
        permits ResourceUpdatePending, ResourceRetrievePending, ResourceCreatePending, ResourceDeletePending {
    Instant validUntil();
}
