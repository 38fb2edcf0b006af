package dev.ocfcloud.model.resource;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ocfcloud.model.ResourceHref;
import java.util.List;
import java.util.Objects;

/**
 * One published link of a device's resource (OCF Core {@code oic.oic-link}, as a device sends it
 * to {@code /oic/rd}): its href, resource types, interfaces, policy bitmask and instance id.
 *
 * @param policyBitmask {@code p.bm}: 1 discoverable, 2 observable (secure/periodic bits removed)
 * @param instanceId {@code ins}: a device-chosen uint32, echoed in the publish answer and used by
 *     the device to unpublish
 */
public record ResourceLink(
        ResourceHref href,
        @JsonProperty("rt") List<String> resourceTypes,
        @JsonProperty("if") List<String> interfaces,
        @JsonProperty("bm") int policyBitmask,
        @JsonProperty("ins") long instanceId) {
    public static final int DISCOVERABLE = 1;
    public static final int OBSERVABLE = 2;

    public ResourceLink {
        Objects.requireNonNull(href, "href");
        resourceTypes = List.copyOf(resourceTypes);
        interfaces = List.copyOf(interfaces);
    }

    @JsonIgnore
    public boolean isObservable() {
        return (policyBitmask & OBSERVABLE) != 0;
    }

    public boolean hasResourceType(String resourceType) {
        return resourceTypes.contains(resourceType);
    }

    public boolean hasInterface(String resourceInterface) {
        return interfaces.contains(resourceInterface);
    }
}
