package dev.ocfcloud.aggregate.resource;

import dev.ocfcloud.model.CorrelationId;
import java.time.Instant;

/** A cloud→device request of a resource waiting for the device's answer. */
public record PendingRequest(CorrelationId correlationId, RequestKind kind, Instant validUntil) {}
