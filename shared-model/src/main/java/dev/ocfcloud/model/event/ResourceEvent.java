package dev.ocfcloud.model.event;

/** An event of a resource aggregate. */
public sealed interface ResourceEvent extends DomainEvent
        permits ResourceChanged, DeviceRequestPending, DeviceRequestCompleted {}
