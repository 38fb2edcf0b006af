package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.util.Objects;

/** The gateway reports the device's answer to the pending request with this correlation id. */
public record ConfirmResourceDelete(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        OperationStatus status,
        ResourceContent content)
        implements ConfirmDeviceRequest {
    public ConfirmResourceDelete {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }
}
