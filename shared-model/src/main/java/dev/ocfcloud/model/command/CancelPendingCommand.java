package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;

/**
 * Ends a pending cloud→device request before the device answers: the owner cancelled it, or (with
 * the cloud's own identity) its time to live passed. The round trip ends with status CANCELED or
 * TIMEOUT.
 *
 * @param timedOut whether this is the expiry of the request rather than a cancellation
 */
public record CancelPendingCommand(ResourceId resourceId, OwnerId owner, CorrelationId correlationId, boolean timedOut)
        implements ResourceCommand {}
