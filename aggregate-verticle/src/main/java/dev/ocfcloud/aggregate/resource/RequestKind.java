package dev.ocfcloud.aggregate.resource;

import dev.ocfcloud.model.command.ConfirmDeviceRequest;
import dev.ocfcloud.model.command.ConfirmResourceCreate;
import dev.ocfcloud.model.command.ConfirmResourceDelete;
import dev.ocfcloud.model.command.ConfirmResourceRetrieve;
import dev.ocfcloud.model.command.ConfirmResourceUpdate;
import dev.ocfcloud.model.command.CreateResource;
import dev.ocfcloud.model.command.DeleteResource;
import dev.ocfcloud.model.command.DeviceRequestCommand;
import dev.ocfcloud.model.command.RetrieveResource;
import dev.ocfcloud.model.command.UpdateResource;
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

/** The four cloud→device round trips, and how each one's commands and events pair up. */
public enum RequestKind {
    UPDATE,
    RETRIEVE,
    CREATE,
    DELETE;

    public static RequestKind of(DeviceRequestCommand command) {
        return switch (command) {
            case UpdateResource update -> UPDATE;
            case RetrieveResource retrieve -> RETRIEVE;
            case CreateResource create -> CREATE;
            case DeleteResource delete -> DELETE;
        };
    }

    public static RequestKind of(ConfirmDeviceRequest command) {
        return switch (command) {
            case ConfirmResourceUpdate update -> UPDATE;
            case ConfirmResourceRetrieve retrieve -> RETRIEVE;
            case ConfirmResourceCreate create -> CREATE;
            case ConfirmResourceDelete delete -> DELETE;
        };
    }

    public static RequestKind of(DeviceRequestPending event) {
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
