package dev.ocfcloud.directory;

import dev.ocfcloud.directory.query.DirectoryQueries;
import dev.ocfcloud.directory.store.ProjectionStore;
import dev.ocfcloud.directory.store.StoredModels;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.bus.BusCodecs;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.query.DirectoryQuery;
import dev.ocfcloud.model.wire.CborMappers;
import dev.ocfcloud.projection.ProjectedEvent;
import dev.ocfcloud.projection.ProjectionRunner;
import dev.ocfcloud.projection.Subscription;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read side: keeps the registry, directory and shadow current from {@code ocf.events}, answers
 * queries on {@link Addresses#DIRECTORY_QUERIES}, and checkpoints models with their offsets.
 */
public final class DirectoryVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryVerticle.class);

    private final EventLogConfig log;
    private final Function<Vertx, ProjectionStore> storeFactory;
    private final Duration checkpointInterval;
    private final ReadModels models = new ReadModels();
    private Consumer<EventEnvelope> appliedListener = event -> {};
    private final DirectoryQueries queries = new DirectoryQueries(models.registry(), models.shadow());
    private ProjectionStore store;
    private ProjectionRunner runner;
    private MessageConsumer<DirectoryQuery> queryConsumer;
    private Checkpoints checkpoints;

    public DirectoryVerticle(
            EventLogConfig log, Function<Vertx, ProjectionStore> storeFactory, Duration checkpointInterval) {
        this.log = log;
        this.storeFactory = storeFactory;
        this.checkpointInterval = checkpointInterval;
    }

    @Override
    public Future<?> start() {
        BusCodecs.registerAll(vertx, DirectoryQuery.class);
        BusCodecs.registerAnswers(vertx);
        return vertx.executeBlocking(this::openStore).compose(loaded -> loaded).compose(this::resume);
    }

    /** Blocking: warms the codecs and opens the store (drivers load classes on first use). */
    private Future<StoredModels> openStore() {
        CborMappers.warmUp();
        store = storeFactory.apply(vertx);
        return store.load();
    }

    private Future<Void> resume(StoredModels stored) {
        stored.devices().forEach(models::restore);
        stored.shadows().forEach(models::restore);
        LOG.info(
                "directory resumes: {} devices, {} shadows, offsets {}",
                stored.devices().size(),
                stored.shadows().size(),
                stored.offsets());
        runner = new ProjectionRunner(
                vertx, log, "directory", new Subscription.AllPartitions(stored.offsets()), this::apply);
        checkpoints = new Checkpoints(vertx, store, models, runner::positions, checkpointInterval);
        queryConsumer = vertx.eventBus().consumer(Addresses.DIRECTORY_QUERIES, this::answer);
        return queryConsumer.completion().compose(v -> runner.start()).onSuccess(v -> checkpoints.start());
    }

    @Override
    public Future<?> stop() {
        Future<Void> unregistered = queryConsumer == null ? Future.succeededFuture() : queryConsumer.unregister();
        Future<Void> stopped = runner == null ? Future.succeededFuture() : runner.stop();
        return Future.join(unregistered, stopped)
                .compose(v -> checkpoints == null ? Future.succeededFuture() : checkpoints.stop())
                .compose(v -> store.close());
    }

    private Future<Void> apply(List<ProjectedEvent> events) {
        for (ProjectedEvent event : events) {
            if (models.apply(event.envelope()) == ReadModels.Outcome.APPLIED) {
                appliedListener.accept(event.envelope());
            }
        }
        return Future.succeededFuture();
    }

    private void answer(Message<DirectoryQuery> message) {
        try {
            message.reply(queries.answer(message.body()));
        } catch (CloudException e) {
            message.fail(404, e.error().code().code());
        }
    }

    /**
     * Called on this verticle's event loop for each event once it is queryable; for metrics and
     * benchmarks. Set before deployment.
     */
    public DirectoryVerticle onApplied(Consumer<EventEnvelope> listener) {
        this.appliedListener = listener;
        return this;
    }

    /** A copy of every entry of the read models, taken on this verticle's event loop. */
    public Future<ReadModelSnapshot> snapshot() {
        Promise<ReadModelSnapshot> taken = Promise.promise();
        context.runOnContext(v -> taken.complete(new ReadModelSnapshot(
                Set.copyOf(models.registry().all()), Set.copyOf(models.shadow().all()), models.gapCount())));
        return taken.future();
    }

    /** Events applied since start: small after a restart that resumed from stored offsets. */
    public long appliedEvents() {
        return runner == null ? 0 : runner.appliedCount();
    }
}
