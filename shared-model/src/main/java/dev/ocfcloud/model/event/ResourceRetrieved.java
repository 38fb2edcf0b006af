package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The pending read ended: the device's status and answer, or the cloud's TIMEOUT or CANCELED. */
public record ResourceRetrieved(OperationStatus status, ResourceContent content) implements DeviceRequestCompleted {
    public ResourceRetrieved {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }
}
