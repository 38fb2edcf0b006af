package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The pending update ended: the device's status and answer, or the cloud's TIMEOUT or CANCELED. */
public record ResourceUpdated(OperationStatus status, ResourceContent content) implements DeviceRequestCompleted {
    public ResourceUpdated {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }
}
