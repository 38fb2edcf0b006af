package dev.ocfcloud.directory.shadow;

import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.util.Optional;

/**
 * The shadow of one resource: its last reported content and status, as of {@code version} of its
 * resource aggregate (which counts round-trip events too, hence a separate content version).
 *
 * @param content empty until the first report
 */
public record ShadowEntry(
        ResourceId resourceId,
        Optional<ResourceContent> content,
        OperationStatus status,
        long contentVersion,
        Instant updatedAt,
        long version) {

    public static ShadowEntry unknown(ResourceId resourceId) {
        return new ShadowEntry(resourceId, Optional.empty(), OperationStatus.OK, 0, Instant.EPOCH, 0);
    }

    /** The entry after a resource event (the caller has checked it is the next version). */
    public ShadowEntry apply(EventEnvelope envelope) {
        if (envelope.event() instanceof ResourceChanged changed) {
            return new ShadowEntry(
                    resourceId,
                    Optional.of(changed.content()),
                    changed.status(),
                    envelope.version(),
                    envelope.occurredAt(),
                    envelope.version());
        }
        return new ShadowEntry(resourceId, content, status, contentVersion, updatedAt, envelope.version());
    }

    /** The entry without content: its device was deregistered, the content is no one's to see. */
    public ShadowEntry forgotten() {
        return new ShadowEntry(resourceId, Optional.empty(), OperationStatus.OK, contentVersion, updatedAt, version);
    }

    public Optional<ResourceView> view() {
        return content.map(c -> new ResourceView(resourceId, c, status, contentVersion, updatedAt));
    }
}
