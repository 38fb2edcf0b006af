package dev.ocfcloud.aggregate.device;

import dev.ocfcloud.aggregate.Decision;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.command.DeviceCommand;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.command.UnpublishResourceLinks;
import dev.ocfcloud.model.command.UnregisterDevice;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Decides the device aggregate's events. Pure: no I/O, no clock. */
public final class DeviceDecider {
    private DeviceDecider() {}

    public static Decision decide(DeviceState state, DeviceCommand command) {
        if (command instanceof RegisterDevice register) {
            return register(state, register);
        }
        return Ownership.denial(state, command.owner()).orElseGet(() -> decideOwned(state, command));
    }

    private static Decision decideOwned(DeviceState state, DeviceCommand command) {
        return switch (command) {
            case RegisterDevice register -> register(state, register);
            case UnregisterDevice unregister -> Decision.emit(new DeviceUnregistered());
            case UpdateDeviceConnection update -> updateConnection(state, update);
            case PublishResourceLinks publish -> publish(state, publish);
            case UnpublishResourceLinks unpublish -> unpublish(state, unpublish);
        };
    }

    private static Decision register(DeviceState state, RegisterDevice command) {
        if (!state.isRegistered()) {
            return Decision.emit(new DeviceRegistered());
        }
        if (state.isOwnedBy(command.owner())) {
            return Decision.nothing();
        }
        return Decision.reject(ErrorCode.DEVICE_NOT_OWNED, "device " + command.deviceId() + " has another owner");
    }

    private static Decision updateConnection(DeviceState state, UpdateDeviceConnection command) {
        DeviceConnection current = state.connection();
        boolean sameConnection = current.connectionId().equals(command.connectionId());
        if (command.status() == ConnectionStatus.OFFLINE && (!current.isOnline() || !sameConnection)) {
            // Already offline, or a late report about a connection the device has since replaced.
            return Decision.nothing();
        }
        if (command.status() == ConnectionStatus.ONLINE
                && current.isOnline()
                && sameConnection
                && current.gatewayNode().equals(command.gatewayNode())) {
            return Decision.nothing();
        }
        return Decision.emit(
                new DeviceConnectionUpdated(command.status(), command.connectionId(), command.gatewayNode()));
    }

    private static Decision publish(DeviceState state, PublishResourceLinks command) {
        Set<ResourceHref> seen = new HashSet<>();
        List<ResourceLink> changed = new ArrayList<>();
        for (ResourceLink link : command.links()) {
            if (!seen.add(link.href())) {
                return Decision.reject(ErrorCode.INVALID_COMMAND, "href " + link.href() + " is published twice");
            }
            if (!state.link(link.href()).filter(link::equals).isPresent()) {
                changed.add(link);
            }
        }
        boolean sameMetadata = state.name().equals(command.deviceName()) && state.ttlSeconds() == command.ttlSeconds();
        if (changed.isEmpty() && sameMetadata) {
            return Decision.nothing();
        }
        return Decision.emit(new ResourceLinksPublished(command.deviceName(), command.ttlSeconds(), changed));
    }

    private static Decision unpublish(DeviceState state, UnpublishResourceLinks command) {
        List<ResourceHref> removed = state.links().values().stream()
                .filter(link -> command.removesAll()
                        || command.hrefs().contains(link.href())
                        || command.instanceIds().contains(link.instanceId()))
                .map(ResourceLink::href)
                .sorted()
                .toList();
        return removed.isEmpty() ? Decision.nothing() : Decision.emit(new ResourceLinksUnpublished(removed));
    }
}
