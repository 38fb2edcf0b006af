package dev.ocfcloud.model.command;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;

/**
 * A request to change an aggregate. Every command names the device (and so the Kafka partition and
 * the aggregate shard that decides it), carries the caller's identity as the owner it acts for,
 * and a correlation id that the resulting events repeat.
 */
public sealed interface Command permits DeviceCommand, ResourceCommand {
    DeviceId deviceId();

    OwnerId owner();

    CorrelationId correlationId();

    AggregateId aggregateId();
}
