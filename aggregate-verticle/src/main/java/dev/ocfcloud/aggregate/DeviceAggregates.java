package dev.ocfcloud.aggregate;

import dev.ocfcloud.aggregate.device.DeviceDecider;
import dev.ocfcloud.aggregate.device.DeviceState;
import dev.ocfcloud.aggregate.resource.ResourceDecider;
import dev.ocfcloud.aggregate.resource.ResourceState;
import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.DeviceCommand;
import dev.ocfcloud.model.command.ResourceCommand;
import dev.ocfcloud.model.event.DeviceEvent;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates of one device: its device aggregate and one aggregate per resource. They live
 * together because they share the device's partition and the resource decisions need the
 * device's owner and links. Immutable.
 */
public record DeviceAggregates(DeviceState device, Map<ResourceHref, ResourceState> resources) {
    public static final DeviceAggregates INITIAL = new DeviceAggregates(DeviceState.INITIAL, Map.of());

    public DeviceAggregates {
        resources = Map.copyOf(resources);
    }

    public ResourceState resource(ResourceHref href) {
        return resources.getOrDefault(href, ResourceState.INITIAL);
    }

    public long versionOf(AggregateId aggregate) {
        return aggregate.href().map(href -> resource(href).version()).orElse(device.version());
    }

    public Decision decide(Command command, Instant now) {
        return switch (command) {
            case DeviceCommand deviceCommand -> DeviceDecider.decide(device, deviceCommand);
            case ResourceCommand resourceCommand ->
                ResourceDecider.decide(device, resource(resourceCommand.href()), resourceCommand, now);
        };
    }

    /** Wraps decided events for the log: the next versions of the command's aggregate. */
    public List<EventEnvelope> envelop(Command command, List<DomainEvent> events, Instant now) {
        long version = versionOf(command.aggregateId());
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            envelopes.add(new EventEnvelope(
                    command.aggregateId(), ++version, now, command.owner(), command.correlationId(), event));
        }
        return envelopes;
    }

    /**
     * The aggregates after one more event of this device.
     *
     * @throws IllegalStateException when the event is not the next version of its aggregate: the log
     *     and this state disagree, which must never be papered over
     */
    public DeviceAggregates apply(EventEnvelope envelope) {
        long expected = versionOf(envelope.aggregateId()) + 1;
        if (envelope.version() != expected) {
            throw new IllegalStateException("expected version " + expected + " of " + envelope.aggregateId()
                    + " but read " + envelope.version() + " (" + envelope.type() + ")");
        }
        return switch (envelope.event()) {
            case DeviceEvent event ->
                new DeviceAggregates(device.apply(event, envelope.version(), envelope.owner()), resources);
            case ResourceEvent event -> withResource(envelope, event);
        };
    }

    private DeviceAggregates withResource(EventEnvelope envelope, ResourceEvent event) {
        ResourceHref href = envelope.aggregateId().resourceId().href();
        Map<ResourceHref, ResourceState> next = new HashMap<>(resources);
        next.put(href, resource(href).apply(event, envelope));
        return new DeviceAggregates(device, next);
    }
}
