package dev.ocfcloud.gateway;

import dev.ocfcloud.model.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/** Holds device connections: a CoAP-over-TCP listener. (Skeleton: filled in by the codec work.) */
public final class GatewayVerticle extends VerticleBase {
    private final GatewayConfig config;
    private volatile int boundPort = -1;

    public GatewayVerticle(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public Future<?> start() {
        return Future.succeededFuture();
    }

    /** The port the CoAP-over-TCP listener bound, once started (useful when configured as 0). */
    public int boundPort() {
        return boundPort;
    }

    /** The settings this gateway was started with. */
    public GatewayConfig gatewayConfig() {
        return config;
    }
}
