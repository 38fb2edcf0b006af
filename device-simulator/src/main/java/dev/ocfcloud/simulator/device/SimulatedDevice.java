package dev.ocfcloud.simulator.device;

import dev.ocfcloud.simulator.cloud.CloudRegistration;
import dev.ocfcloud.simulator.cloud.CloudStore;
import dev.ocfcloud.simulator.cloud.FatalCloudException;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.transport.CloseReason;
import dev.ocfcloud.simulator.transport.CloudConnection;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated OCF device, behaving towards the cloud as iotivity-lite's {@code cloud_server}: it
 * connects over CoAP/TCP, and on each connection ({@link DeviceSession}) registers, serves the cloud,
 * pings and refreshes its token; when the connection ends it reconnects with backoff, until it is
 * stopped or meets an answer after which a real device gives up.
 *
 * <p>Confined to one event loop (its {@link Context}); the public methods may be called from any
 * thread and run there.
 */
public final class SimulatedDevice {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDevice.class);

    private final Context context;
    private final Vertx vertx;
    private final NetClient client;
    private final DeviceConfig config;
    private final SimulatorMetrics metrics;
    private final ResourceSet resources;
    private final CloudRegistration registration;
    private final ReconnectBackoff backoff;
    private final List<Promise<Void>> signInWaiters = new ArrayList<>();
    private DeviceSession session;
    private long driftTimer = -1;
    private boolean started;
    private boolean stopping;
    private volatile DeviceStatus status = DeviceStatus.IDLE;

    private SimulatedDevice(
            Context context,
            NetClient client,
            DeviceConfig config,
            OnboardingCodes codes,
            StateStore state,
            SimulatorMetrics metrics) {
        this.context = context;
        this.vertx = context.owner();
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.resources = ResourceSet.forDevice(
                config.di(), config.name(), config.deviceType(), platformId(config.di()), config.resources());
        CloudStore store =
                new CloudStore(config.index(), config.di(), config.name(), state, state.load(config.index()));
        this.registration = new CloudRegistration(
                context,
                new CloudRegistration.Identity(config.index(), config.di(), config.name()),
                resources,
                store,
                codes,
                config.settings().registration(),
                metrics,
                Clock.systemUTC());
        this.backoff = new ReconnectBackoff(
                config.settings().reconnectMin(), config.settings().reconnectMax());
        resources.onChange(this::resourceChanged);
    }

    /**
     * A device living on {@code context} (an event-loop context), connecting through {@code client}.
     * Its stored record, if {@code state} has one for its index, gives it its tokens back.
     */
    public static SimulatedDevice create(
            Context context,
            NetClient client,
            DeviceConfig config,
            OnboardingCodes codes,
            StateStore state,
            SimulatorMetrics metrics) {
        return new SimulatedDevice(context, client, config, codes, state, metrics);
    }

    /** The platform id of {@code /oic/p}: derived from the device id, so it survives restarts. */
    private static String platformId(String di) {
        return UUID.nameUUIDFromBytes(("platform:" + di).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public String di() {
        return config.di();
    }

    public String name() {
        return config.name();
    }

    public int index() {
        return config.index();
    }

    /** Readable from any thread. */
    public DeviceStatus status() {
        return status;
    }

    /** Starts connecting (once); completes when the first connection attempt is under way. */
    public Future<Void> start() {
        return OnContext.call(context, () -> {
            if (!started) {
                started = true;
                if (registration.allPublished()) {
                    metrics.alreadyPublished();
                }
                startDrift();
                connect();
            }
            return Future.succeededFuture();
        });
    }

    /** Completes when the device is signed in (now, or next time); fails if it stops for good first. */
    public Future<Void> signedIn() {
        return OnContext.call(context, () -> {
            if (session != null && session.signedIn()) {
                return Future.succeededFuture();
            }
            if (stopping) {
                return Future.failedFuture(new IllegalStateException(config.di() + " is " + status));
            }
            Promise<Void> waiter = Promise.promise();
            signInWaiters.add(waiter);
            return waiter.future();
        });
    }

    /** Whether all links are acknowledged by the cloud; readable on completion of the returned future. */
    public Future<Boolean> allPublished() {
        return OnContext.call(context, () -> Future.succeededFuture(registration.allPublished()));
    }

    /** Refreshes the tokens now and signs in again (iotivity-lite signs in after every refresh). */
    public Future<Void> refreshNow() {
        return OnContext.call(context, () -> liveSession().compose(DeviceSession::refresh));
    }

    /** {@code POST /oic/sec/session} with {@code login: false}; the connection stays open. */
    public Future<Void> signOut() {
        return OnContext.call(
                context,
                () -> liveSession()
                        .compose(DeviceSession::signOut)
                        .onSuccess(signedOut -> status = DeviceStatus.SIGNED_OUT));
    }

    /** Deregisters as iotivity-lite does (the access token in the query only if it fits), then stops. */
    public Future<Void> deregister() {
        return deregister(Optional.empty());
    }

    /** Deregisters with or without the access token in the query, then stops. */
    public Future<Void> deregister(Optional<Boolean> withAccessToken) {
        return OnContext.call(
                context,
                () -> connected()
                        .compose(open -> open.deregister(withAccessToken))
                        .eventually(() -> halt(DeviceStatus.DEREGISTERED)));
    }

    /** Stops the device: no more reconnections; the connection is closed. */
    public Future<Void> stop() {
        return OnContext.call(context, () -> halt(DeviceStatus.STOPPED));
    }

    /** Sets a property of one of its resources, as the device's own application would; observers are notified. */
    public Future<Void> set(String href, String property, Object value) {
        return OnContext.call(context, () -> {
            resource(href).set(property, value);
            return Future.succeededFuture();
        });
    }

    /** The properties of one of its resources. */
    public Future<Map<String, Object>> properties(String href) {
        return OnContext.call(
                context, () -> Future.succeededFuture(resource(href).properties()));
    }

    private Resource resource(String href) {
        return resources.get(href).orElseThrow(() -> new IllegalArgumentException("no resource " + href));
    }

    private void connect() {
        if (stopping) {
            return;
        }
        status = DeviceStatus.CONNECTING;
        metrics.connectAttempted();
        CloudConnection.open(vertx, client, config.cloud(), config.settings().maxMessageSize(), metrics)
                .onSuccess(this::onConnected)
                .onFailure(failure -> {
                    LOG.debug("{} cannot connect to {}: {}", config.name(), config.cloud(), failure.toString());
                    metrics.failure(FailureReason.CONNECT_FAILED);
                    status = DeviceStatus.DISCONNECTED;
                    scheduleReconnect();
                });
    }

    private void onConnected(CloudConnection opened) {
        if (stopping) {
            opened.close(CloseReason.LOCAL);
            return;
        }
        DeviceSession opening =
                new DeviceSession(context, opened, config, resources, registration, metrics, this::fail);
        session = opening;
        metrics.connected();
        opened.closed().onSuccess(reason -> onDisconnected(opening, reason));
        status = DeviceStatus.REGISTERING;
        opening.establish().onSuccess(established -> onSignedIn(opening));
    }

    private void onSignedIn(DeviceSession signedIn) {
        if (signedIn != session || stopping) {
            return;
        }
        status = DeviceStatus.SIGNED_IN;
        backoff.reset();
        List<Promise<Void>> waiting = new ArrayList<>(signInWaiters);
        signInWaiters.clear();
        waiting.forEach(Promise::tryComplete);
    }

    private void fail(FatalCloudException fatal) {
        LOG.warn("{} ({}) stops: {}", config.name(), config.di(), fatal.getMessage());
        metrics.failure(fatal.reason());
        metrics.deviceFailed();
        halt(DeviceStatus.FAILED);
    }

    private void onDisconnected(DeviceSession closed, CloseReason reason) {
        if (closed != session) {
            return;
        }
        LOG.debug("{} disconnected: {}", config.name(), reason);
        session = null;
        closed.ended();
        metrics.disconnected();
        if (!stopping) {
            status = DeviceStatus.DISCONNECTED;
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (!stopping) {
            metrics.reconnecting();
            vertx.setTimer(Math.max(1, backoff.next().toMillis()), id -> connect());
        }
    }

    private Future<DeviceSession> connected() {
        return session != null && session.connection().isOpen()
                ? Future.succeededFuture(session)
                : Future.failedFuture(new IllegalStateException(config.di() + " is not connected (" + status + ")"));
    }

    private Future<DeviceSession> liveSession() {
        return session != null && session.signedIn()
                ? connected()
                : Future.failedFuture(new IllegalStateException(config.di() + " is not signed in (" + status + ")"));
    }

    private Future<Void> halt(DeviceStatus finalStatus) {
        if (status != DeviceStatus.FAILED && status != DeviceStatus.DEREGISTERED) {
            status = finalStatus;
        }
        stopping = true;
        vertx.cancelTimer(driftTimer);
        List<Promise<Void>> waiting = new ArrayList<>(signInWaiters);
        signInWaiters.clear();
        waiting.forEach(waiter -> waiter.tryFail(new IllegalStateException(config.di() + " is " + status)));
        DeviceSession open = session;
        if (open == null) {
            return Future.succeededFuture();
        }
        CloudConnection connection = open.connection();
        return connection
                .close(CloseReason.LOCAL)
                .transform(closed -> connection.closed())
                .mapEmpty();
    }

    private void startDrift() {
        SensorDrift drift = new SensorDrift(resources);
        long period = config.settings().changePeriod().toMillis();
        if (period > 0 && drift.hasSensors()) {
            driftTimer = vertx.setPeriodic(period, id -> drift.step());
        }
    }

    private void resourceChanged(Resource resource) {
        if (session != null) {
            session.resourceChanged(resource);
        }
    }
}
