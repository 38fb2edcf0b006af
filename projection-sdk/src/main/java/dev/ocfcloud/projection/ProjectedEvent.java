package dev.ocfcloud.projection;

import dev.ocfcloud.model.event.EventEnvelope;

/** An event of {@code ocf.events} and where in the log it was read. */
public record ProjectedEvent(EventEnvelope envelope, int partition, long offset) {}
