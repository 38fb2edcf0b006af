package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;

/** Every event-bus address the cloud uses, in one place. */
public final class Addresses {
    private static final String AGGREGATE_PARTITION = "ocf.aggregate.partition.";
    private static final String DEVICE_EVENTS = "ocf.events.";

    /** Where gateway processes announce they are alive ({@code GatewayHeartbeat}, published). */
    public static final String GATEWAY_HEARTBEATS = "ocf.gateway.heartbeats";

    /** Queries to the read models of the directory. */
    public static final String DIRECTORY_QUERIES = "ocf.directory.query";

    private Addresses() {}

    /** Commands for devices in this partition of {@code ocf.events}; registered by its owner only. */
    public static String aggregatePartition(int partition) {
        return AGGREGATE_PARTITION + partition;
    }

    /** Pending device requests for the devices connected to one gateway node. */
    public static String gatewayDeliveries(String gatewayNode) {
        return "ocf.gateway." + gatewayNode + ".deliveries";
    }

    /** Events of every device of one owner, published after they are appended (live streams). */
    public static String ownerEvents(OwnerId owner) {
        return "ocf.owner-events." + owner.value();
    }

    /** Events of one device, published after they are appended. */
    public static String deviceEvents(DeviceId deviceId) {
        return DEVICE_EVENTS + deviceId.value();
    }
}
