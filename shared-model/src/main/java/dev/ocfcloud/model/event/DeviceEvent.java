package dev.ocfcloud.model.event;

/** An event of a device aggregate. */
public sealed interface DeviceEvent extends DomainEvent
        permits DeviceRegistered,
                DeviceUnregistered,
                DeviceConnectionUpdated,
                ResourceLinksPublished,
                ResourceLinksUnpublished {}
