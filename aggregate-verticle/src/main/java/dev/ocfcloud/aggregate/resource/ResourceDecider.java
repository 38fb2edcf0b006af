package dev.ocfcloud.aggregate.resource;

import dev.ocfcloud.aggregate.Decision;
import dev.ocfcloud.aggregate.device.DeviceState;
import dev.ocfcloud.aggregate.device.Ownership;
import dev.ocfcloud.model.command.CancelPendingCommand;
import dev.ocfcloud.model.command.ConfirmDeviceRequest;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.DeviceRequestCommand;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.command.ResourceCommand;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;

/**
 * Decides a resource aggregate's events. The device aggregate of the same device (same partition,
 * same shard) supplies ownership and the published links. Pure but for {@code now}, which the
 * caller passes in.
 */
public final class ResourceDecider {
    /** More waiting requests per resource than this are refused: bounded everything (DESIGN §2.6). */
    public static final int MAX_PENDING_PER_RESOURCE = 64;

    private ResourceDecider() {}

    public static Decision decide(DeviceState device, ResourceState state, ResourceCommand command, Instant now) {
        if (command instanceof CancelPendingCommand cancel && cancel.timedOut()) {
            // The cloud's own expiry of a request: it ends even if the device has changed hands since.
            return cancel(state, cancel);
        }
        return Ownership.denial(device, command.owner()).orElseGet(() -> decideOwned(device, state, command, now));
    }

    private static Decision decideOwned(DeviceState device, ResourceState state, ResourceCommand command, Instant now) {
        return switch (command) {
            case NotifyResourceChanged notify -> notifyChanged(device, state, notify);
            case DeviceRequestCommand request -> startRequest(device, state, request, now);
            case ConfirmDeviceRequest confirm -> confirm(state, confirm);
            case CancelPendingCommand cancel -> cancel(state, cancel);
        };
    }

    private static Decision notifyChanged(DeviceState device, ResourceState state, NotifyResourceChanged command) {
        if (device.link(command.href()).isEmpty()) {
            return notPublished(command);
        }
        if (state.reported(command.content(), command.status())) {
            return Decision.nothing();
        }
        return Decision.emit(new ResourceChanged(command.content(), command.status()));
    }

    private static Decision startRequest(
            DeviceState device, ResourceState state, DeviceRequestCommand command, Instant now) {
        if (device.link(command.href()).isEmpty()) {
            return notPublished(command);
        }
        if (state.pendingRequest(command.correlationId()).isPresent()) {
            return Decision.nothing(); // the same request, sent again
        }
        if (command.delivery() == DeliveryMode.IF_ONLINE && !device.connection().isOnline()) {
            return Decision.reject(ErrorCode.DEVICE_OFFLINE, "the device is offline");
        }
        if (!command.validUntil().isAfter(now)) {
            return Decision.reject(ErrorCode.INVALID_COMMAND, "the request expired before it was made");
        }
        if (state.pending().size() >= MAX_PENDING_PER_RESOURCE) {
            return Decision.reject(
                    ErrorCode.TOO_MANY_PENDING_COMMANDS,
                    MAX_PENDING_PER_RESOURCE + " requests already wait for " + command.href());
        }
        return Decision.emit(DeviceRequestKind.pendingOf(command));
    }

    private static Decision confirm(ResourceState state, ConfirmDeviceRequest command) {
        DeviceRequestKind kind = DeviceRequestKind.of(command);
        return state.pendingRequest(command.correlationId())
                .filter(request -> request.kind() == kind)
                .<Decision>map(request -> Decision.emit(kind.completion(command.status(), command.content())))
                .orElseGet(() -> notPending(command));
    }

    private static Decision cancel(ResourceState state, CancelPendingCommand command) {
        OperationStatus status = command.timedOut() ? OperationStatus.TIMEOUT : OperationStatus.CANCELED;
        return state.pendingRequest(command.correlationId())
                .<Decision>map(request -> Decision.emit(request.kind().completion(status, ResourceContent.EMPTY)))
                .orElseGet(() -> notPending(command));
    }

    private static Decision notPublished(ResourceCommand command) {
        return Decision.reject(ErrorCode.RESOURCE_NOT_FOUND, "the device has not published " + command.href());
    }

    private static Decision notPending(ResourceCommand command) {
        return Decision.reject(
                ErrorCode.COMMAND_NOT_PENDING,
                "no such request waits for " + command.href() + ": " + command.correlationId());
    }
}
