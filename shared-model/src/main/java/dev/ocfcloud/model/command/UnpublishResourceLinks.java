package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import java.util.List;

/**
 * {@code DELETE /oic/rd?di=…&ins=…}: removes the links named by href or by instance id; naming
 * neither removes them all.
 */
public record UnpublishResourceLinks(
        DeviceId deviceId, OwnerId owner, CorrelationId correlationId, List<ResourceHref> hrefs, List<Long> instanceIds)
        implements DeviceCommand {
    public UnpublishResourceLinks {
        hrefs = List.copyOf(hrefs);
        instanceIds = List.copyOf(instanceIds);
    }

    public boolean removesAll() {
        return hrefs.isEmpty() && instanceIds.isEmpty();
    }
}
