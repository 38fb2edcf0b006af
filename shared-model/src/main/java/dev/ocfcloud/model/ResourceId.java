package dev.ocfcloud.model;

import java.util.Objects;

/** One resource of one device: the key of a resource aggregate and of its shadow. */
public record ResourceId(DeviceId deviceId, ResourceHref href) {
    public ResourceId {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(href, "href");
    }

    public static ResourceId of(String deviceId, String href) {
        return new ResourceId(DeviceId.of(deviceId), ResourceHref.of(href));
    }

    @Override
    public String toString() {
        return deviceId + href.value();
    }
}
