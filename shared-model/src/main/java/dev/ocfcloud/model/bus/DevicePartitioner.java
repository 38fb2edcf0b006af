package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.DeviceId;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

/**
 * Which partition of {@code ocf.events} holds a device's events: Kafka's own choice for the record
 * key (the device id as UTF-8), so every client, ours or not, agrees.
 */
public final class DevicePartitioner {
    private final int partitions;

    public DevicePartitioner(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition, was " + partitions);
        }
        this.partitions = partitions;
    }

    public int partitionOf(DeviceId deviceId) {
        return BuiltInPartitioner.partitionForKey(keyOf(deviceId), partitions);
    }

    public int partitions() {
        return partitions;
    }

    /** The Kafka record key of a device's events. */
    public static byte[] keyOf(DeviceId deviceId) {
        return deviceId.value().getBytes(StandardCharsets.UTF_8);
    }
}
