package dev.ocfcloud.aggregate.resource;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.ResourceCreatePending;
import dev.ocfcloud.model.event.ResourceDeletePending;
import dev.ocfcloud.model.event.ResourceRetrievePending;
import dev.ocfcloud.model.event.ResourceUpdatePending;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;

/**
 * A cloud→device request of a resource waiting for the device's answer, with what is needed to
 * deliver it again when the device reconnects.
 */
public record PendingRequest(
        CorrelationId correlationId,
        DeviceRequestKind kind,
        Instant validUntil,
        OwnerId owner,
        ResourceContent content,
        String resourceInterface) {

    static PendingRequest of(DeviceRequestPending event, CorrelationId correlationId, OwnerId owner) {
        return switch (event) {
            case ResourceUpdatePending update ->
                new PendingRequest(
                        correlationId,
                        DeviceRequestKind.UPDATE,
                        update.validUntil(),
                        owner,
                        update.content(),
                        update.resourceInterface());
            case ResourceRetrievePending retrieve ->
                new PendingRequest(
                        correlationId,
                        DeviceRequestKind.RETRIEVE,
                        retrieve.validUntil(),
                        owner,
                        ResourceContent.EMPTY,
                        retrieve.resourceInterface());
            case ResourceCreatePending create ->
                new PendingRequest(
                        correlationId, DeviceRequestKind.CREATE, create.validUntil(), owner, create.content(), "");
            case ResourceDeletePending delete ->
                new PendingRequest(
                        correlationId, DeviceRequestKind.DELETE, delete.validUntil(), owner, ResourceContent.EMPTY, "");
        };
    }

    public DeviceRequestDelivery delivery(ResourceId resource) {
        return new DeviceRequestDelivery(resource, owner, correlationId, kind, content, resourceInterface, validUntil);
    }
}
