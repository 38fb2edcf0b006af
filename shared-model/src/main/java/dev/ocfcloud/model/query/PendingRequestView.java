package dev.ocfcloud.model.query;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import java.time.Instant;

/** A cloud→device request waiting for its device, as the directory shows it. */
public record PendingRequestView(
        ResourceId resourceId,
        CorrelationId correlationId,
        DeviceRequestKind kind,
        Instant requestedAt,
        Instant validUntil) {}
