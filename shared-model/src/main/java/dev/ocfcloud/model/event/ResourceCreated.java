package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The pending create ended: the device's status and answer, or the cloud's TIMEOUT or CANCELED. */
public record ResourceCreated(OperationStatus status, ResourceContent content) implements DeviceRequestCompleted {
    public ResourceCreated {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }
}
