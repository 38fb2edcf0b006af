package dev.ocfcloud.model.query;

import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;

/**
 * The shadow of a resource: the representation the device last reported.
 *
 * @param contentVersion the resource aggregate version of that report; it changes exactly when
 *     the content changes, so it serves as the ETag
 */
public record ResourceView(
        ResourceId resourceId,
        ResourceContent content,
        OperationStatus status,
        long contentVersion,
        Instant updatedAt) {
    /** The entity tag of this representation, e.g. {@code "v7"}. */
    public String etag() {
        return "v" + contentVersion;
    }
}
