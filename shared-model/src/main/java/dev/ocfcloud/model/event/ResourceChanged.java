package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The device's resource has a new representation (or now answers with another status). */
public record ResourceChanged(ResourceContent content, OperationStatus status) implements ResourceEvent {
    public ResourceChanged {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
    }
}
