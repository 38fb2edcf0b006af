package dev.ocfcloud.launcher;

import dev.ocfcloud.launcher.cluster.VertxInstances;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.kafka.KafkaEndpoint;
import dev.ocfcloud.launcher.kafka.KafkaProvisioner;
import dev.ocfcloud.launcher.role.RoleRegistry;
import dev.ocfcloud.launcher.role.StartedRole;
import dev.ocfcloud.launcher.store.StoreEndpoint;
import dev.ocfcloud.launcher.store.StoreProvisioner;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts one cloud process (Vert.x, Kafka — embedded unless external — and the configured roles)
 * and stops it again. {@link #start()} is asynchronous; {@link #stop()} blocks and is meant for
 * the main thread or a shutdown hook, never an event loop.
 */
public final class CloudLauncher {
    private final CloudConfig config;
    private final RoleRegistry registry;
    private final AtomicReference<Vertx> vertx = new AtomicReference<>();
    private final AtomicReference<KafkaEndpoint> kafka = new AtomicReference<>();
    private final AtomicReference<StoreEndpoint> store = new AtomicReference<>();
    private final AtomicReference<List<StartedRole>> roles = new AtomicReference<>(List.of());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public CloudLauncher(CloudConfig config, RoleRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /**
     * Starts everything. On failure, what did start keeps running until {@link #stop()}.
     *
     * @return completes when every role is deployed
     */
    public Future<CloudReady> start() {
        long started = System.nanoTime();
        return VertxInstances.create(config.cluster()).compose(instance -> start(instance, started));
    }

    private Future<CloudReady> start(Vertx instance, long started) {
        vertx.set(instance);
        return KafkaProvisioner.connect(instance, config)
                .onSuccess(kafka::set)
                .compose(endpoint -> KafkaProvisioner.ensureTopics(instance, endpoint, config.kafka())
                        .map(endpoint))
                .compose(endpoint -> StoreProvisioner.connect(instance, config)
                        .onSuccess(store::set)
                        .map(endpoint))
                .compose(endpoint -> deployRoles(instance, endpoint))
                .map(deployed -> new CloudReady(deployed, kafka.get(), Duration.ofNanos(System.nanoTime() - started)));
    }

    private Future<List<StartedRole>> deployRoles(Vertx instance, KafkaEndpoint endpoint) {
        CloudConfig resolved = config.withKafkaBootstrapServers(endpoint.bootstrapServers())
                .withStoreConnectionString(store.get().connectionString());
        return registry.deploy(instance, resolved).onSuccess(roles::set);
    }

    /**
     * Undeploys the roles (last started first), closes Vert.x and stops the embedded broker, within
     * the configured shutdown timeout. Blocking; safe to call more than once and from any thread but
     * an event loop.
     *
     * @return how it went, for the stop line
     */
    public CloudStop stop() {
        if (!stopping.compareAndSet(false, true)) {
            awaitStopped();
            return CloudStop.alreadyStopped();
        }
        try {
            CloudStop.Recorder recorder = new CloudStop.Recorder(config.shutdownTimeout());
            Vertx instance = vertx.get();
            if (instance != null) {
                recorder.await("undeploying roles and closing Vert.x", undeployThenClose(instance));
            }
            StoreEndpoint storeEndpoint = store.get();
            if (storeEndpoint != null && storeEndpoint.embedded().isPresent()) {
                recorder.run(
                        "stopping the embedded store", storeEndpoint.embedded().get()::close);
            }
            KafkaEndpoint endpoint = kafka.get();
            if (endpoint != null && endpoint.embedded().isPresent()) {
                recorder.run(
                        "stopping the embedded Kafka broker",
                        endpoint.embedded().get()::close);
            }
            return recorder.result();
        } finally {
            stopped.countDown();
        }
    }

    private Future<Void> undeployThenClose(Vertx instance) {
        Future<Void> chain = Future.succeededFuture();
        for (StartedRole role : roles.get().reversed()) {
            for (String deploymentId : role.deploymentIds()) {
                chain = chain.compose(done -> instance.undeploy(deploymentId));
            }
        }
        return chain.transform(undeployed -> instance.close());
    }

    /** The Vert.x instance the roles run on, once started (for in-process tests). */
    Vertx vertx() {
        return vertx.get();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
