package dev.ocfcloud.directory.query;

import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.registry.DeviceRegistry;
import dev.ocfcloud.directory.shadow.ResourceShadow;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.DeviceView;
import dev.ocfcloud.model.query.DirectoryQuery;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ListPendingRequests;
import dev.ocfcloud.model.query.ListResourceLinks;
import dev.ocfcloud.model.query.ListResources;
import dev.ocfcloud.model.query.PendingRequestView;
import dev.ocfcloud.model.query.PublishedLink;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers directory queries from the read models, always within the asking owner's devices: a
 * device of another owner is reported exactly like a device that does not exist.
 */
public final class DirectoryQueries {
    private final DeviceRegistry registry;
    private final ResourceShadow shadow;

    public DirectoryQueries(DeviceRegistry registry, ResourceShadow shadow) {
        this.registry = registry;
        this.shadow = shadow;
    }

    /**
     * @throws CloudException with {@code device.not_found} or {@code resource.not_found}
     */
    public Object answer(DirectoryQuery query) {
        return switch (query) {
            case GetDevice get -> device(get);
            case ListDevices list ->
                new ListDevices.DeviceList(devices(list).map(DeviceEntry::view).toList());
            case ListResourceLinks list ->
                new ListResourceLinks.LinkList(links(list).toList());
            case GetResource get -> resource(get);
            case ListResources list ->
                new ListResources.ResourceList(resources(list).toList());
            case ListPendingRequests list ->
                new ListPendingRequests.PendingRequestList(pending(list).toList());
        };
    }

    private DeviceView device(GetDevice query) {
        return registry.visible(query.owner(), query.deviceId())
                .map(DeviceEntry::view)
                .orElseThrow(() -> notFound(ErrorCode.DEVICE_NOT_FOUND, "no such device"));
    }

    private Stream<DeviceEntry> devices(ListDevices query) {
        return registry.visibleTo(query.owner())
                .filter(entry -> matches(query.deviceIds(), entry.deviceId()))
                .filter(entry -> matches(query.statuses(), entry.status()))
                .filter(entry -> query.resourceTypes().isEmpty()
                        || entry.links().values().stream()
                                .anyMatch(link -> anyOf(query.resourceTypes(), link.resourceTypes())));
    }

    private Stream<PublishedLink> links(ListResourceLinks query) {
        return registry.visibleTo(query.owner())
                .filter(entry -> matches(query.deviceIds(), entry.deviceId()))
                .flatMap(entry -> entry.links().values().stream()
                        .filter(link ->
                                query.resourceTypes().isEmpty() || anyOf(query.resourceTypes(), link.resourceTypes()))
                        .filter(link -> query.interfaces().isEmpty() || anyOf(query.interfaces(), link.interfaces()))
                        .map(link -> new PublishedLink(entry.deviceId(), link)));
    }

    private ResourceView resource(GetResource query) {
        ResourceId id = query.resourceId();
        DeviceEntry device = registry.visible(query.owner(), id.deviceId())
                .orElseThrow(() -> notFound(ErrorCode.DEVICE_NOT_FOUND, "no such device"));
        if (!device.links().containsKey(id.href())) {
            throw notFound(ErrorCode.RESOURCE_NOT_FOUND, "the device has not published " + id.href());
        }
        return shadow.entry(id)
                .flatMap(entry -> entry.view())
                .orElseThrow(() -> notFound(ErrorCode.RESOURCE_NOT_FOUND, id.href() + " has not been reported yet"));
    }

    private Stream<ResourceView> resources(ListResources query) {
        return registry.visibleTo(query.owner())
                .filter(entry -> matches(query.deviceIds(), entry.deviceId()))
                .flatMap(entry -> entry.links().values().stream()
                        .filter(link ->
                                query.resourceTypes().isEmpty() || anyOf(query.resourceTypes(), link.resourceTypes()))
                        .map(ResourceLink::href)
                        .flatMap(href -> shadow.entry(new ResourceId(entry.deviceId(), href)).stream())
                        .flatMap(shadowEntry -> shadowEntry.view().stream()));
    }

    private Stream<PendingRequestView> pending(ListPendingRequests query) {
        return registry.visibleTo(query.owner())
                .filter(entry -> matches(query.deviceIds(), entry.deviceId()))
                .flatMap(entry -> shadow.ofDevice(entry.deviceId()).stream())
                .flatMap(shadowEntry -> shadowEntry.pending().stream())
                .sorted(java.util.Comparator.comparing(PendingRequestView::requestedAt));
    }

    private static <T> boolean matches(Set<T> wanted, T value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    private static boolean anyOf(Set<String> wanted, java.util.List<String> values) {
        for (String value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static CloudException notFound(ErrorCode code, String detail) {
        return new CloudException(CloudError.of(code, detail));
    }
}
