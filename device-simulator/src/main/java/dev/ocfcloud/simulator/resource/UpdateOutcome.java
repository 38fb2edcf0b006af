package dev.ocfcloud.simulator.resource;

/** What an update from the cloud did to a resource. */
public enum UpdateOutcome {
    /** At least one property took a new value: observers are notified. */
    CHANGED,
    /** Every property already had the value sent. */
    UNCHANGED,
    /** A property is unknown, read-only or of the wrong type: nothing changed (4.00). */
    REJECTED
}
