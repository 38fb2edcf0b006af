package dev.ocfcloud.model.event;

/**
 * Something that happened to an aggregate, as stored in {@code ocf.events}. The wire name of each
 * event type is fixed in {@link EventTypes}, independent of the Java class; a change to an event's
 * fields means a new type version.
 */
public sealed interface DomainEvent permits DeviceEvent, ResourceEvent {}
