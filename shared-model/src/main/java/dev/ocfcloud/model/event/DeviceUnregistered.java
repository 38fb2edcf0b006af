package dev.ocfcloud.model.event;

/** The device was deregistered: its links are gone and it may be registered again by anyone. */
public record DeviceUnregistered() implements DeviceEvent {}
