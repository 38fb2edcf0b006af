package dev.ocfcloud.model.event;

/** The device signed up: the envelope's owner now owns it. */
public record DeviceRegistered() implements DeviceEvent {}
