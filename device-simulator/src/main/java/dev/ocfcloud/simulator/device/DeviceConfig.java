package dev.ocfcloud.simulator.device;

import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.transport.CloudAddress;
import java.util.List;
import java.util.Objects;

/**
 * One device: who it is and what it hosts.
 *
 * @param index its number in the run (0-based); keys its record in the state store and its onboarding code
 * @param di the device id (a UUID)
 * @param name the device name {@code n}
 * @param deviceType the device type {@code oic.d.*} listed first in {@code /oic/d}'s {@code rt}
 * @param resources the application resources besides {@code /oic/d} and {@code /oic/p}
 */
public record DeviceConfig(
        int index,
        String di,
        String name,
        String deviceType,
        List<ResourceSpec> resources,
        CloudAddress cloud,
        DeviceSettings settings) {
    /** What iotivity-lite's cloud_server calls itself in {@code /oic/d}. */
    public static final String CLOUD_DEVICE = "oic.d.cloudDevice";

    public DeviceConfig {
        Objects.requireNonNull(di, "di");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(settings, "settings");
        resources = List.copyOf(resources);
    }

    public DeviceConfig withSettings(DeviceSettings newSettings) {
        return new DeviceConfig(index, di, name, deviceType, resources, cloud, newSettings);
    }
}
