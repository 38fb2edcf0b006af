package dev.ocfcloud.simulator.device;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.simulator.cloud.CloudRegistration;
import dev.ocfcloud.simulator.cloud.FatalCloudException;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.serve.Observers;
import dev.ocfcloud.simulator.serve.RequestDispatcher;
import dev.ocfcloud.simulator.transport.CloseReason;
import dev.ocfcloud.simulator.transport.CloudConnection;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of a device, from open to close: it registers on it, serves the cloud's requests
 * and observations, pings, and refreshes the token when due. A failure that a real device recovers
 * from by reconnecting closes the connection; one after which it gives up goes to {@code onFatal}.
 *
 * <p>Confined to the device's event loop.
 */
final class DeviceSession {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSession.class);

    private final Vertx vertx;
    private final CloudConnection connection;
    private final DeviceConfig config;
    private final CloudRegistration registration;
    private final SimulatorMetrics metrics;
    private final Consumer<FatalCloudException> onFatal;
    private final Observers observers;
    private Keepalive keepalive;
    private long refreshTimer = -1;
    private boolean signedIn;
    private boolean ended;

    DeviceSession(
            Context context,
            CloudConnection connection,
            DeviceConfig config,
            ResourceSet resources,
            CloudRegistration registration,
            SimulatorMetrics metrics,
            Consumer<FatalCloudException> onFatal) {
        this.vertx = context.owner();
        this.connection = connection;
        this.config = config;
        this.registration = registration;
        this.metrics = metrics;
        this.onFatal = onFatal;
        this.observers = new Observers(context, connection::send, metrics);
        RequestDispatcher dispatcher = new RequestDispatcher(config.di(), resources, observers);
        connection.requestHandler(request -> serve(dispatcher, request));
    }

    CloudConnection connection() {
        return connection;
    }

    boolean signedIn() {
        return signedIn;
    }

    /** CSM if configured, then registration; succeeds once signed in (and published what was pending). */
    Future<Void> establish() {
        DeviceSettings settings = config.settings();
        Future<Void> csm =
                settings.sendCsm() ? connection.sendCsm(settings.maxMessageSize()) : Future.succeededFuture();
        return csm.compose(sent -> registration.establish(connection))
                .onSuccess(established -> started())
                .onFailure(this::failed);
    }

    Future<Void> refresh() {
        return registration
                .refreshAndSignIn(connection)
                .onSuccess(refreshed -> scheduleRefresh())
                .onFailure(this::failed);
    }

    Future<Void> signOut() {
        return registration.signOut(connection).onSuccess(signedOut -> {
            endSignIn();
            cancelRefresh();
        });
    }

    Future<Void> deregister(Optional<Boolean> withAccessToken) {
        return registration.deregister(connection, withAccessToken);
    }

    void resourceChanged(Resource resource) {
        observers.resourceChanged(resource);
    }

    /** The connection closed: observations, pings and the refresh end with it. */
    void ended() {
        ended = true;
        endSignIn();
        observers.clear();
        cancelRefresh();
    }

    private void serve(RequestDispatcher dispatcher, CoapRequest request) {
        CoapResponse response = dispatcher.handle(request);
        connection.send(response);
        metrics.served(request.method().name(), response.code().toString());
    }

    private void started() {
        if (ended) {
            return;
        }
        signedIn = true;
        metrics.sessionStarted();
        keepalive = new Keepalive(vertx, connection, config.settings().keepalive(), metrics);
        keepalive.start();
        scheduleRefresh();
    }

    private void failed(Throwable failure) {
        if (failure instanceof FatalCloudException fatal) {
            onFatal.accept(fatal);
            return;
        }
        LOG.debug("{} restarts its connection: {}", config.name(), failure.toString());
        connection.close(CloseReason.RESTART);
    }

    private void endSignIn() {
        if (keepalive != null) {
            keepalive.stop();
            keepalive = null;
        }
        if (signedIn) {
            signedIn = false;
            metrics.sessionEnded();
        }
    }

    private void scheduleRefresh() {
        cancelRefresh();
        registration
                .untilRefresh()
                .ifPresent(delay -> refreshTimer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
                    refreshTimer = -1;
                    if (signedIn) {
                        refresh();
                    }
                }));
    }

    private void cancelRefresh() {
        vertx.cancelTimer(refreshTimer);
        refreshTimer = -1;
    }
}
