package dev.ocfcloud.model.command;

/** What a cloud→device request does when its device is offline. */
public enum DeliveryMode {
    /** Refused at once with {@code device.offline} (the API answers 504 with Retry-After). */
    IF_ONLINE,
    /** Kept pending until the device comes online or the request's validity ends. */
    QUEUE
}
