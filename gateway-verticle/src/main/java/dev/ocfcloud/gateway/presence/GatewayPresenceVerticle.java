package dev.ocfcloud.gateway.presence;

import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.bus.BusCodecs;
import dev.ocfcloud.model.delivery.GatewayHeartbeat;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Duration;

/**
 * Announces that this gateway process is alive, one heartbeat per interval, for as long as it is
 * deployed; one per process, whatever the number of gateway verticles.
 */
public final class GatewayPresenceVerticle extends VerticleBase {
    private final String gatewayNode;
    private final Duration interval;
    private final Clock clock;
    private long timer = -1;

    public GatewayPresenceVerticle(String gatewayNode, Duration interval, Clock clock) {
        this.gatewayNode = gatewayNode;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        BusCodecs.registerDeliveries(vertx);
        beat();
        timer = vertx.setPeriodic(interval.toMillis(), id -> beat());
        return Future.succeededFuture();
    }

    private void beat() {
        vertx.eventBus().publish(Addresses.GATEWAY_HEARTBEATS, new GatewayHeartbeat(gatewayNode, clock.instant()));
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        return Future.succeededFuture();
    }
}
