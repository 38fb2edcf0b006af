package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The device reported its resource's representation (an observe notification or a one-off read). */
public record NotifyResourceChanged(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        ResourceContent content,
        OperationStatus status)
        implements ResourceCommand {
    public NotifyResourceChanged {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
    }
}
