package dev.ocfcloud.model.event;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One event as stored in {@code ocf.events}: which aggregate, its version there (1, 2, 3, … with no
 * gaps), when, whose device, which command caused it, and what happened.
 *
 * @param owner the owner of the device when the event happened; every reader filters by it
 */
public record EventEnvelope(
        AggregateId aggregateId,
        long version,
        Instant occurredAt,
        OwnerId owner,
        CorrelationId correlationId,
        DomainEvent event) {
    public EventEnvelope {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(event, "event");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        if (aggregateId.isDevice() != (event instanceof DeviceEvent)) {
            throw new IllegalArgumentException(
                    EventTypes.nameOf(event) + " does not belong to aggregate " + aggregateId);
        }
    }

    /** The wire name of the event's type, e.g. {@code resource.changed.v1}. */
    public String type() {
        return EventTypes.nameOf(event);
    }

    public DeviceId deviceId() {
        return aggregateId.deviceId();
    }
}
