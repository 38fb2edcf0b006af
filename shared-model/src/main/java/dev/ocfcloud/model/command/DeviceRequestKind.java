package dev.ocfcloud.model.command;

import dev.ocfcloud.model.event.DeviceRequestCompleted;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.ResourceCreatePending;
import dev.ocfcloud.model.event.ResourceCreated;
import dev.ocfcloud.model.event.ResourceDeletePending;
import dev.ocfcloud.model.event.ResourceDeleted;
import dev.ocfcloud.model.event.ResourceRetrievePending;
import dev.ocfcloud.model.event.ResourceRetrieved;
import dev.ocfcloud.model.event.ResourceUpdatePending;
import dev.ocfcloud.model.event.ResourceUpdated;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;

/**
 * The four cloud→device round trips (CoAP POST, GET, POST with {@code if=oic.if.create}, DELETE),
 * and how each one's commands and events pair up.
 */
public enum DeviceRequestKind {
    UPDATE,
    RETRIEVE,
    CREATE,
    DELETE;

    public static DeviceRequestKind of(DeviceRequestCommand command) {
        return switch (command) {
            case UpdateResource update -> UPDATE;
            case RetrieveResource retrieve -> RETRIEVE;
            case CreateResource create -> CREATE;
            case DeleteResource delete -> DELETE;
        };
    }

    public static DeviceRequestKind of(ConfirmDeviceRequest command) {
        return switch (command) {
            case ConfirmResourceUpdate update -> UPDATE;
            case ConfirmResourceRetrieve retrieve -> RETRIEVE;
            case ConfirmResourceCreate create -> CREATE;
            case ConfirmResourceDelete delete -> DELETE;
        };
    }

    public static DeviceRequestKind of(DeviceRequestPending event) {
        return switch (event) {
            case ResourceUpdatePending update -> UPDATE;
            case ResourceRetrievePending retrieve -> RETRIEVE;
            case ResourceCreatePending create -> CREATE;
            case ResourceDeletePending delete -> DELETE;
        };
    }

    /** The pending event that records a request of this command. */
    public static DeviceRequestPending pendingOf(DeviceRequestCommand command) {
        return switch (command) {
            case UpdateResource update ->
                new ResourceUpdatePending(update.content(), update.resourceInterface(), update.validUntil());
            case RetrieveResource retrieve ->
                new ResourceRetrievePending(retrieve.resourceInterface(), retrieve.validUntil());
            case CreateResource create -> new ResourceCreatePending(create.content(), create.validUntil());
            case DeleteResource delete -> new ResourceDeletePending(delete.validUntil());
        };
    }

    /** The command that confirms a request of this kind with the device's answer. */
    public ConfirmDeviceRequest confirmation(
            dev.ocfcloud.model.ResourceId resource,
            dev.ocfcloud.model.OwnerId owner,
            dev.ocfcloud.model.CorrelationId correlationId,
            OperationStatus status,
            ResourceContent content) {
        return switch (this) {
            case UPDATE -> new ConfirmResourceUpdate(resource, owner, correlationId, status, content);
            case RETRIEVE -> new ConfirmResourceRetrieve(resource, owner, correlationId, status, content);
            case CREATE -> new ConfirmResourceCreate(resource, owner, correlationId, status, content);
            case DELETE -> new ConfirmResourceDelete(resource, owner, correlationId, status, content);
        };
    }

    /** The event that ends a request of this kind. */
    public DeviceRequestCompleted completion(OperationStatus status, ResourceContent content) {
        return switch (this) {
            case UPDATE -> new ResourceUpdated(status, content);
            case RETRIEVE -> new ResourceRetrieved(status, content);
            case CREATE -> new ResourceCreated(status, content);
            case DELETE -> new ResourceDeleted(status, content);
        };
    }
}
