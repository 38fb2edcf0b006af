package dev.ocfcloud.aggregate.device;

import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceEvent;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DeviceUnregistered;
import dev.ocfcloud.model.event.ResourceLinksPublished;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The device aggregate: who owns the device, its connection, its published links. Immutable;
 * {@link #apply} gives the state after one more event.
 *
 * @param owner empty while the device is not registered
 */
public record DeviceState(
        long version,
        Optional<OwnerId> owner,
        DeviceConnection connection,
        String name,
        long ttlSeconds,
        Map<ResourceHref, ResourceLink> links) {
    public static final DeviceState INITIAL =
            new DeviceState(0, Optional.empty(), DeviceConnection.NEVER_CONNECTED, "", 0, Map.of());

    public DeviceState {
        links = Map.copyOf(links);
    }

    public boolean isRegistered() {
        return owner.isPresent();
    }

    public boolean isOwnedBy(OwnerId candidate) {
        return owner.filter(candidate::equals).isPresent();
    }

    public Optional<ResourceLink> link(ResourceHref href) {
        return Optional.ofNullable(links.get(href));
    }

    /** The state after {@code event}, which was appended as {@code eventVersion} by {@code eventOwner}. */
    public DeviceState apply(DeviceEvent event, long eventVersion, OwnerId eventOwner) {
        return switch (event) {
            case DeviceRegistered registered ->
                new DeviceState(eventVersion, Optional.of(eventOwner), connection, name, ttlSeconds, links);
            case DeviceUnregistered unregistered ->
                new DeviceState(eventVersion, Optional.empty(), connection, "", 0, Map.of());
            case DeviceConnectionUpdated updated ->
                new DeviceState(
                        eventVersion,
                        owner,
                        new DeviceConnection(updated.status(), updated.connectionId(), updated.gatewayNode()),
                        name,
                        ttlSeconds,
                        links);
            case ResourceLinksPublished published ->
                new DeviceState(
                        eventVersion,
                        owner,
                        connection,
                        published.deviceName(),
                        published.ttlSeconds(),
                        withLinks(published));
            case ResourceLinksUnpublished unpublished ->
                new DeviceState(eventVersion, owner, connection, name, ttlSeconds, withoutLinks(unpublished));
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
