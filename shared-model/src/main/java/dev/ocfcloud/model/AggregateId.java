package dev.ocfcloud.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Names one aggregate: the device aggregate of a device ({@code href} empty) or the resource
 * aggregate of one of its resources. All aggregates of a device share its Kafka partition.
 */
public record AggregateId(DeviceId deviceId, Optional<ResourceHref> href) {
    public AggregateId {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(href, "href");
    }

    public static AggregateId ofDevice(DeviceId deviceId) {
        return new AggregateId(deviceId, Optional.empty());
    }

    public static AggregateId ofResource(ResourceId resource) {
        return new AggregateId(resource.deviceId(), Optional.of(resource.href()));
    }

    public boolean isDevice() {
        return href.isEmpty();
    }

    /** The resource this aggregate stands for; only for resource aggregates. */
    public ResourceId resourceId() {
        return new ResourceId(deviceId, href.orElseThrow(() -> new IllegalStateException(this + " is a device")));
    }

    @Override
    public String toString() {
        return href.map(h -> deviceId + h.value()).orElse(deviceId.value());
    }
}
