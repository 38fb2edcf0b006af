package dev.ocfcloud.directory.registry;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceEvent;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the registry knows of one device: owner, connection, name and published links, as of
 * {@code version} of its device aggregate. A deregistered device stays as a tombstone
 * ({@code registered} false) so its version survives: the next registration continues from it.
 */
public record DeviceEntry(
        DeviceId deviceId,
        OwnerId owner,
        boolean registered,
        ConnectionStatus status,
        String connectionId,
        String gatewayNode,
        String name,
        Map<ResourceHref, ResourceLink> links,
        Instant lastChange,
        long version) {
    public DeviceEntry {
        links = Map.copyOf(links);
    }

    /** The entry of a device before its first event. */
    public static DeviceEntry unknown(DeviceId deviceId, OwnerId owner) {
        return new DeviceEntry(
                deviceId, owner, false, ConnectionStatus.OFFLINE, "", "", "", Map.of(), Instant.EPOCH, 0);
    }

    public boolean isVisibleTo(OwnerId caller) {
        return registered && owner.equals(caller);
    }

    public DeviceView view() {
        return new DeviceView(
                deviceId,
                owner,
                name,
                status,
                status == ConnectionStatus.ONLINE ? gatewayNode : "",
                lastChange,
                version,
                links.values().stream().toList());
    }

    /** The entry after a device event (the caller has checked it is the next version). */
    public DeviceEntry apply(EventEnvelope envelope) {
        DeviceEvent event = (DeviceEvent) envelope.event();
        Instant at = envelope.occurredAt();
        long next = envelope.version();
        return switch (event) {
            case DeviceRegistered r ->
                new DeviceEntry(
                        deviceId, envelope.owner(), true, status, connectionId, gatewayNode, name, links, at, next);
            case DeviceUnregistered u ->
                new DeviceEntry(deviceId, owner, false, ConnectionStatus.OFFLINE, "", "", "", Map.of(), at, next);
            case DeviceConnectionUpdated c ->
                new DeviceEntry(
                        deviceId,
                        owner,
                        registered,
                        c.status(),
                        c.connectionId(),
                        c.gatewayNode(),
                        name,
                        links,
                        at,
                        next);
            case ResourceLinksPublished p ->
                new DeviceEntry(
                        deviceId,
                        owner,
                        registered,
                        status,
                        connectionId,
                        gatewayNode,
                        p.deviceName(),
                        withLinks(p),
                        at,
                        next);
            case ResourceLinksUnpublished u ->
                new DeviceEntry(
                        deviceId,
                        owner,
                        registered,
                        status,
                        connectionId,
                        gatewayNode,
                        name,
                        withoutLinks(u),
                        at,
                        next);
        };
    }

    private Map<ResourceHref, ResourceLink> withLinks(ResourceLinksPublished published) {
        Map<ResourceHref, ResourceLink> next = new TreeMap<>(links);
        published.links().forEach(link -> next.put(link.href(), link));
        return next;
    }

    private Map<ResourceHref, ResourceLink> withoutLinks(ResourceLinksUnpublished unpublished) {
        Map<ResourceHref, ResourceLink> next = new TreeMap<>(links);
        unpublished.hrefs().forEach(next::remove);
        return next;
    }
}
