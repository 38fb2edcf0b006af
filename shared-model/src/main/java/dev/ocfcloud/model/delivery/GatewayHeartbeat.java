package dev.ocfcloud.model.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * A gateway process is alive: published every second or so on {@code ocf.gateway.heartbeats}. The
 * aggregates mark the devices of a gateway that stops beating offline once its lease runs out, so
 * online/offline stays exact when a gateway process dies without saying goodbye.
 */
public record GatewayHeartbeat(String gatewayNode, Instant at) {
    public GatewayHeartbeat {
        Objects.requireNonNull(gatewayNode, "gatewayNode");
        Objects.requireNonNull(at, "at");
    }
}
