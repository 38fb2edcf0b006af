package dev.ocfcloud.simulator.fleet;

import dev.ocfcloud.simulator.device.DeviceSettings;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.transport.CloudAddress;
import java.util.List;
import java.util.Objects;

/**
 * A fleet of devices in one process.
 *
 * @param devices how many
 * @param connectRate devices started per second; 0 or less starts them all at once
 * @param sourceAddresses local addresses to connect from, round-robin (e.g. several 127.0.0.x, since one
 *     source address reaches one destination about 28k times); empty: the system chooses
 * @param eventLoops how many event loops the devices are spread over
 * @param namePrefix device {@code i} is named prefix + i (unless the state file names it)
 */
public record FleetConfig(
        int devices,
        double connectRate,
        List<String> sourceAddresses,
        int eventLoops,
        String namePrefix,
        String deviceType,
        List<ResourceSpec> resources,
        CloudAddress cloud,
        DeviceSettings settings) {
    public FleetConfig {
        if (devices < 1) {
            throw new IllegalArgumentException("a fleet has at least one device");
        }
        if (eventLoops < 1) {
            throw new IllegalArgumentException("at least one event loop");
        }
        sourceAddresses = List.copyOf(sourceAddresses);
        resources = List.copyOf(resources);
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(settings, "settings");
    }
}
