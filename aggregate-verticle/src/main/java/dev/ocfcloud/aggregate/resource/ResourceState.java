package dev.ocfcloud.aggregate.resource;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.event.DeviceRequestCompleted;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.event.ResourceEvent;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resource aggregate: its last reported representation and its pending cloud→device requests
 * (in the order they were made). Immutable; {@link #apply} gives the state after one more event.
 *
 * @param content empty until the device first reports the resource
 */
public record ResourceState(
        long version,
        Optional<ResourceContent> content,
        OperationStatus status,
        Map<CorrelationId, PendingRequest> pending) {
    public static final ResourceState INITIAL = new ResourceState(0, Optional.empty(), OperationStatus.OK, Map.of());

    public ResourceState {
        pending = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pending));
    }

    public Optional<PendingRequest> pendingRequest(CorrelationId correlationId) {
        return Optional.ofNullable(pending.get(correlationId));
    }

    /** Whether the device last reported exactly this. */
    public boolean reported(ResourceContent candidate, OperationStatus candidateStatus) {
        return content.filter(candidate::equals).isPresent() && status == candidateStatus;
    }

    /** The state after {@code event}, appended in {@code envelope}. */
    public ResourceState apply(ResourceEvent event, EventEnvelope envelope) {
        long eventVersion = envelope.version();
        CorrelationId correlationId = envelope.correlationId();
        return switch (event) {
            case ResourceChanged changed ->
                new ResourceState(eventVersion, Optional.of(changed.content()), changed.status(), pending);
            case DeviceRequestPending started ->
                new ResourceState(
                        eventVersion,
                        content,
                        status,
                        withPending(PendingRequest.of(started, correlationId, envelope.owner())));
            case DeviceRequestCompleted completed ->
                new ResourceState(eventVersion, content, status, withoutPending(correlationId));
        };
    }

    private Map<CorrelationId, PendingRequest> withPending(PendingRequest request) {
        Map<CorrelationId, PendingRequest> next = new LinkedHashMap<>(pending);
        next.put(request.correlationId(), request);
        return next;
    }

    private Map<CorrelationId, PendingRequest> withoutPending(CorrelationId correlationId) {
        Map<CorrelationId, PendingRequest> next = new LinkedHashMap<>(pending);
        next.remove(correlationId);
        return next;
    }
}
