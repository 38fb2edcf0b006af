package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.ResourceLink;
import java.util.List;
import java.util.Objects;

/** Links the device published that were new or different; the others stay as they were. */
public record ResourceLinksPublished(String deviceName, long ttlSeconds, List<ResourceLink> links)
        implements DeviceEvent {
    public ResourceLinksPublished {
        Objects.requireNonNull(deviceName, "deviceName");
        links = List.copyOf(links);
    }
}
