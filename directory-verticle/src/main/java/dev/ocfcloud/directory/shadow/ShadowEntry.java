package dev.ocfcloud.directory.shadow;

import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.event.DeviceRequestCompleted;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.query.PendingRequestView;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shadow of one resource: its last reported content and status, and the cloud→device requests
 * waiting for it, as of {@code version} of its resource aggregate (which counts round-trip events
 * too, hence a separate content version).
 *
 * @param content empty until the first report
 * @param pending oldest first
 */
public record ShadowEntry(
        ResourceId resourceId,
        Optional<ResourceContent> content,
        OperationStatus status,
        long contentVersion,
        Instant updatedAt,
        long version,
        List<PendingRequestView> pending) {

    public ShadowEntry {
        pending = List.copyOf(pending);
    }

    public static ShadowEntry unknown(ResourceId resourceId) {
        return new ShadowEntry(resourceId, Optional.empty(), OperationStatus.OK, 0, Instant.EPOCH, 0, List.of());
    }

    /** The entry after a resource event (the caller has checked it is the next version). */
    public ShadowEntry apply(EventEnvelope envelope) {
        long next = envelope.version();
        return switch (envelope.event()) {
            case ResourceChanged changed ->
                new ShadowEntry(
                        resourceId,
                        Optional.of(changed.content()),
                        changed.status(),
                        next,
                        envelope.occurredAt(),
                        next,
                        pending);
            case DeviceRequestPending started ->
                new ShadowEntry(
                        resourceId,
                        content,
                        status,
                        contentVersion,
                        updatedAt,
                        next,
                        withPending(new PendingRequestView(
                                resourceId,
                                envelope.correlationId(),
                                DeviceRequestKind.of(started),
                                envelope.occurredAt(),
                                started.validUntil())));
            case DeviceRequestCompleted completed ->
                new ShadowEntry(
                        resourceId,
                        content,
                        status,
                        contentVersion,
                        updatedAt,
                        next,
                        pending.stream()
                                .filter(request -> !request.correlationId().equals(envelope.correlationId()))
                                .toList());
            default -> new ShadowEntry(resourceId, content, status, contentVersion, updatedAt, next, pending);
        };
    }

    private List<PendingRequestView> withPending(PendingRequestView request) {
        List<PendingRequestView> next = new ArrayList<>(pending);
        next.add(request);
        return next;
    }

    /** The entry without content: its device was deregistered, the content is no one's to see. */
    public ShadowEntry forgotten() {
        return new ShadowEntry(
                resourceId, Optional.empty(), OperationStatus.OK, contentVersion, updatedAt, version, pending);
    }

    public Optional<ResourceView> view() {
        return content.map(c -> new ResourceView(resourceId, c, status, contentVersion, updatedAt));
    }
}
