package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.aggregate.DeviceAggregates;
import dev.ocfcloud.aggregate.device.DeviceConnection;
import dev.ocfcloud.aggregate.resource.PendingRequest;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ConnectionStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which pending device requests to hand to which gateway node after a batch: a new request when
 * its device is online, and every request still pending of a device that just came online. The
 * aggregate knows both the pending requests and the connection, so nothing falls between a request
 * made while offline and the device's return.
 */
final class Deliveries {
    /** One delivery and the gateway node it goes to. */
    record Delivery(String gatewayNode, DeviceRequestDelivery request) {}

    private Deliveries() {}

    static List<Delivery> after(List<EventEnvelope> events, Function<DeviceId, DeviceAggregates> state, Instant now) {
        Map<String, Delivery> out = new LinkedHashMap<>();
        for (EventEnvelope event : events) {
            DeviceAggregates device = state.apply(event.deviceId());
            DeviceConnection connection = device.device().connection();
            if (!connection.isOnline()) {
                continue;
            }
            switch (event.event()) {
                case DeviceRequestPending pending -> {
                    ResourceId resource = event.aggregateId().resourceId();
                    device.resource(resource.href())
                            .pendingRequest(event.correlationId())
                            .ifPresent(request -> add(out, connection, resource, request, now));
                }
                case DeviceConnectionUpdated updated
                when updated.status() == ConnectionStatus.ONLINE ->
                    device.resources()
                            .forEach((href, resource) -> resource.pending()
                                    .values()
                                    .forEach(request -> add(
                                            out, connection, new ResourceId(event.deviceId(), href), request, now)));
                default -> {}
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(
            Map<String, Delivery> out,
            DeviceConnection connection,
            ResourceId resource,
            PendingRequest request,
            Instant now) {
        if (request.validUntil().isAfter(now)) {
            out.put(
                    request.correlationId().value(),
                    new Delivery(connection.gatewayNode(), request.delivery(resource)));
        }
    }
}
