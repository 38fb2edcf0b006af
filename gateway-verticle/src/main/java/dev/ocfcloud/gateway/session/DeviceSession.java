package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.GatewayServices;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.delivery.DeviceRequestRunner;
import dev.ocfcloud.gateway.observe.ChangeReporter;
import dev.ocfcloud.gateway.observe.ResourceObservations;
import dev.ocfcloud.gateway.ocf.CoapErrors;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfRouter;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's OCF session on one connection, confined to that connection's event loop: routes
 * the device's requests to the OCF endpoints (only sign-up, sign-in, refresh and deregistration
 * before sign-in), keeps the device observed while signed in, pings it when quiet, and ends the
 * session when sign-in does not come in time, the token expires, or the device goes silent.
 */
public final class DeviceSession implements CoapConnection.Listener, Session {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSession.class);

    private final Vertx vertx;
    private final GatewayServices services;
    private final DeviceSessionConfig config;
    private final OcfRouter router;
    private final String connectionId = UUID.randomUUID().toString();
    private final Instant connectedAt;
    private final KeepAlive keepAlive;
    private CoapConnection connection;
    private Context context;
    private DeviceRequests requests;
    private DeviceRequestRunner runner;
    private Optional<SignedIn> signedIn = Optional.empty();
    private ResourceObservations observations;
    private int inbound;
    private boolean closeAfterReply;
    private boolean closed;
    private Runnable onEnd = () -> {};
    private final Map<Object, Runnable> cleanups = new HashMap<>();

    public DeviceSession(Vertx vertx, GatewayServices services, DeviceSessionConfig config, OcfRouter router) {
        this.vertx = vertx;
        this.services = services;
        this.config = config;
        this.router = router;
        this.connectedAt = services.clock().instant();
        this.keepAlive = new KeepAlive(config.keepAliveInterval(), config.keepAliveTimeout(), connectedAt);
    }

    /**
     * Binds the session to its connection, on the connection's event loop; {@code onEnd} runs once
     * when the connection is gone.
     */
    public void attach(CoapConnection attached, Runnable whenEnded) {
        this.connection = attached;
        this.context = vertx.getOrCreateContext();
        this.requests = new DeviceRequests(attached, config.maxOutboundRequests(), config.deviceRequestTimeout());
        this.runner = new DeviceRequestRunner(requests, services.commands(), services.clock());
        this.onEnd = whenEnded;
    }

    /** A pending cloud→device request for this device, from the aggregate. */
    void deliver(DeviceRequestDelivery delivery) {
        boolean forThisDevice = signedIn.filter(identity ->
                        identity.deviceId().equals(delivery.resourceId().deviceId()))
                .isPresent();
        if (forThisDevice && !closed) {
            runner.run(delivery);
        }
    }

    @Override
    public void onFrame() {
        keepAlive.heard(services.clock().instant());
    }

    @Override
    public void onRequest(CoapRequest request) {
        if (inbound >= config.maxInboundRequests()) {
            connection.send(
                    CoapResponse.of(request, ResponseCode.SERVICE_UNAVAILABLE).withUintOption(OptionNumber.MAX_AGE, 1));
            return;
        }
        switch (router.route(request, signedIn.isPresent())) {
            case OcfRouter.Route.Serve serve -> serve(serve.endpoint(), request);
            case OcfRouter.Route.SignInFirst first ->
                connection.sendAndClose(
                        CoapResponse.of(request, ResponseCode.UNAUTHORIZED).withPayload(Payload.utf8("sign in first")));
            case OcfRouter.Route.NotFound notFound -> connection.send(CoapResponse.of(request, ResponseCode.NOT_FOUND));
            case OcfRouter.Route.MethodNotAllowed notAllowed ->
                connection.send(CoapResponse.of(request, ResponseCode.METHOD_NOT_ALLOWED));
        }
    }

    private void serve(OcfEndpoint endpoint, CoapRequest request) {
        inbound++;
        Future<CoapResponse> answer;
        try {
            answer = endpoint.handle(request, this);
        } catch (CloudException refused) {
            answer = Future.failedFuture(refused);
        } catch (RuntimeException bug) {
            LOG.error("{} {} failed", request.method(), request.path(), bug);
            answer = Future.failedFuture(bug);
        }
        answer.recover(failure -> Future.succeededFuture(CoapErrors.toResponse(request, failure)))
                .onSuccess(response -> reply(request, response));
    }

    private void reply(CoapRequest request, CoapResponse response) {
        inbound--;
        if (closed) {
            return;
        }
        if (!connection.send(response)) {
            connection.send(CoapResponse.of(request, ResponseCode.INTERNAL_SERVER_ERROR)
                    .withPayload(Payload.utf8("answer too large for the device")));
        }
        if (closeAfterReply && inbound == 0) {
            connection.close();
        }
    }

    @Override
    public void onResponse(CoapResponse response) {
        if (!requests.onResponse(response)) {
            LOG.debug("{}: answer with an unknown token {}", connection.remoteAddress(), response.token());
        }
    }

    @Override
    public void onClosed() {
        if (closed) {
            return;
        }
        closed = true;
        requests.closeAll();
        signedIn.ifPresent(identity -> services.connected().remove(identity.deviceId(), this));
        signedIn.ifPresent(this::reportOffline);
        stopObservations();
        List.copyOf(cleanups.values()).forEach(Runnable::run);
        cleanups.clear();
        onEnd.run();
    }

    /** Called about once a second by the gateway: deadlines of sign-in, token, keepalive, requests. */
    public void tick(Instant now) {
        if (closed) {
            return;
        }
        requests.expire(now);
        if (signedIn.isEmpty() && now.isAfter(connectedAt.plus(config.signInTimeout()))) {
            end("did not sign in within " + config.signInTimeout().toSeconds() + " s");
        } else if (signedIn.filter(identity -> now.isAfter(identity.tokenExpiresAt()))
                .isPresent()) {
            end("its access token expired");
        } else {
            switch (keepAlive.check(now)) {
                case PING -> connection.send(Ping.of(Token.ofPacked(now.toEpochMilli() & 0xFFFF_FFFFL, 4)));
                case GIVE_UP -> end("it did not answer a ping");
                case NOTHING -> {}
            }
        }
    }

    /** The gateway is shutting down: tell the device to go (RFC 8323 §5.5), then close. */
    public void release() {
        if (!closed && connection != null) {
            connection.sendAndClose(
                    Release.of(List.of(), Optional.of(Duration.ofSeconds(1)), "cloud gateway stopping"));
        }
    }

    private void end(String why) {
        LOG.info(
                "closing {} ({}): {}",
                connection.remoteAddress(),
                signedIn.map(s -> s.deviceId().value()).orElse("not signed in"),
                why);
        connection.close();
    }

    @Override
    public Optional<SignedIn> signedIn() {
        return signedIn;
    }

    @Override
    public String connectionId() {
        return connectionId;
    }

    @Override
    public String gatewayNode() {
        return services.nodeId();
    }

    @Override
    public void signIn(SignedIn identity) {
        boolean sameDevice = signedIn.filter(current -> current.deviceId().equals(identity.deviceId()))
                .isPresent();
        signedIn = Optional.of(identity);
        services.connected().add(identity.deviceId(), this, context, this::deliver);
        if (!sameDevice || observations == null) {
            stopObservations();
            ChangeReporter reporter = new ChangeReporter(vertx, services.commands(), identity);
            observations = new ResourceObservations(requests, reporter, services.clock(), config.maxObservations());
        }
    }

    @Override
    public void signOut() {
        stopObservations();
        signedIn.ifPresent(identity -> services.connected().remove(identity.deviceId(), this));
        signedIn = Optional.empty();
    }

    @Override
    public void send(CoapMessage message) {
        if (!closed) {
            connection.send(message);
        }
    }

    @Override
    public void onEnd(Object key, Runnable cleanup) {
        cleanups.put(key, cleanup);
    }

    @Override
    public void cancelOnEnd(Object key) {
        Runnable cleanup = cleanups.remove(key);
        if (cleanup != null) {
            cleanup.run();
        }
    }

    @Override
    public void closeAfterReply() {
        closeAfterReply = true;
    }

    @Override
    public void observe(Collection<ResourceLink> links) {
        if (observations != null && !closed) {
            observations.observe(links);
        }
    }

    @Override
    public void stopObserving(Collection<ResourceHref> hrefs) {
        if (observations != null) {
            observations.stop(hrefs);
        }
    }

    private void stopObservations() {
        if (observations != null) {
            observations.clear();
            observations = null;
        }
    }

    private void reportOffline(SignedIn identity) {
        services.commands()
                .send(new UpdateDeviceConnection(
                        identity.deviceId(),
                        identity.owner(),
                        CorrelationId.random(),
                        ConnectionStatus.OFFLINE,
                        connectionId,
                        services.nodeId()))
                .onFailure(failure ->
                        LOG.warn("could not record {} offline: {}", identity.deviceId(), failure.getMessage()));
    }
}
