package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.ocf.OcfEndpoints;
import dev.ocfcloud.gateway.ocf.OcfRouter;
import dev.ocfcloud.gateway.session.CoapConnection;
import dev.ocfcloud.gateway.session.DeviceSession;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.bus.BusCodecs;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Holds device connections: a CoAP-over-TCP listener (RFC 8323) giving each socket a
 * {@link DeviceSession}. Several instances share the port, each with its own event loop; a
 * session lives on the event loop of the instance that accepted it.
 */
public final class GatewayVerticle extends VerticleBase {
    private static final long TICK_MILLIS = 1_000;
    private static final long RELEASE_GRACE_MILLIS = 200;

    private final GatewayConfig config;
    private final DeviceSessionConfig sessionConfig;
    private final Function<Vertx, GatewayServices> servicesFactory;
    private final Set<DeviceSession> sessions = new HashSet<>();
    private volatile int boundPort = -1;
    private GatewayServices services;
    private OcfRouter router;
    private NetServer server;
    private long ticker;
    private MessageConsumer<DeviceRequestDelivery> deliveries;

    public GatewayVerticle(
            GatewayConfig config, DeviceSessionConfig sessionConfig, Function<Vertx, GatewayServices> servicesFactory) {
        this.config = config;
        this.sessionConfig = sessionConfig;
        this.servicesFactory = servicesFactory;
    }

    @Override
    public Future<?> start() {
        services = servicesFactory.apply(vertx);
        router = OcfEndpoints.router(vertx, services, sessionConfig);
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                .setPort(config.coapTcpPort())
                // Small request/response frames: Nagle would hold each answer back (STACK.md).
                .setTcpNoDelay(true);
        server = vertx.createNetServer(options).connectHandler(this::accept);
        ticker = vertx.setPeriodic(TICK_MILLIS, id -> tick());
        BusCodecs.registerDeliveries(vertx);
        deliveries = vertx.eventBus()
                .<DeviceRequestDelivery>consumer(
                        Addresses.gatewayDeliveries(services.nodeId()),
                        message -> services.connected().deliver(message.body()));
        return server.listen().onSuccess(listening -> boundPort = listening.actualPort());
    }

    private void accept(NetSocket socket) {
        DeviceSession session = new DeviceSession(vertx, services, sessionConfig, router);
        sessions.add(session);
        session.attach(CoapConnection.accept(socket, config.maxMessageSize(), session), () -> sessions.remove(session));
    }

    private void tick() {
        var now = services.clock().instant();
        List.copyOf(sessions).forEach(session -> session.tick(now));
    }

    /** Releases every device (7.04), gives them a moment to go, then stops listening. */
    @Override
    public Future<?> stop() {
        vertx.cancelTimer(ticker);
        if (deliveries != null) {
            deliveries.unregister();
        }
        List.copyOf(sessions).forEach(DeviceSession::release);
        Promise<Void> graced = Promise.promise();
        vertx.setTimer(RELEASE_GRACE_MILLIS, id -> graced.complete());
        return graced.future().compose(v -> server == null ? Future.succeededFuture() : server.close());
    }

    /** The port the CoAP-over-TCP listener bound, once started (useful when configured as 0). */
    public int boundPort() {
        return boundPort;
    }

    /** Devices connected to this instance; read on its event loop. */
    public int sessionCount() {
        return sessions.size();
    }
}
