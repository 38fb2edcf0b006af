package dev.ocfcloud.model.event;

import dev.ocfcloud.model.ResourceHref;
import java.util.List;

/** Links removed from the device's published set. */
public record ResourceLinksUnpublished(List<ResourceHref> hrefs) implements DeviceEvent {
    public ResourceLinksUnpublished {
        hrefs = List.copyOf(hrefs);
    }
}
