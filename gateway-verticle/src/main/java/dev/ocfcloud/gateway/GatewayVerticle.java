package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.session.CoapConnection;
import dev.ocfcloud.model.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;

/** Holds device connections: a CoAP-over-TCP listener (RFC 8323) handing each socket to a {@link CoapConnection}. */
public final class GatewayVerticle extends VerticleBase {
    private final GatewayConfig config;
    private volatile int boundPort = -1;
    private NetServer server;

    public GatewayVerticle(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public Future<?> start() {
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                .setPort(config.coapTcpPort())
                // Small request/response frames: Nagle would hold each answer back (STACK.md).
                .setTcpNoDelay(true);
        server = vertx.createNetServer(options)
                .connectHandler(socket -> CoapConnection.accept(socket, config.maxMessageSize()));
        return server.listen().onSuccess(listening -> boundPort = listening.actualPort());
    }

    @Override
    public Future<?> stop() {
        return server == null ? Future.succeededFuture() : server.close();
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
