package dev.ocfcloud.directory;

import dev.ocfcloud.directory.store.ProjectionStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes changed read-model entries and the offsets they reflect to the store, at most one write
 * at a time, every interval and once more on stop. Entries are taken before offsets, so a stored
 * entry is never older than the stored offsets say.
 */
final class Checkpoints {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final Vertx vertx;
    private final ProjectionStore store;
    private final ReadModels models;
    private final Supplier<Map<Integer, Long>> positions;
    private final Duration interval;
    private Map<Integer, Long> savedPositions = Map.of();
    private Future<Void> inFlight = Future.succeededFuture();
    private long timer = -1;

    Checkpoints(
            Vertx vertx,
            ProjectionStore store,
            ReadModels models,
            Supplier<Map<Integer, Long>> positions,
            Duration interval) {
        this.vertx = vertx;
        this.store = store;
        this.models = models;
        this.positions = positions;
        this.interval = interval;
    }

    void start() {
        timer = vertx.setPeriodic(interval.toMillis(), id -> {
            if (inFlight.isComplete()) {
                inFlight = save();
            }
        });
    }

    Future<Void> stop() {
        vertx.cancelTimer(timer);
        return inFlight.eventually(() -> save());
    }

    private Future<Void> save() {
        Map<Integer, Long> at = positions.get();
        ReadModels.Changes changes = models.takeChanges();
        if (changes.isEmpty() && at.equals(savedPositions)) {
            return Future.succeededFuture();
        }
        return store.save(changes, at).onSuccess(v -> savedPositions = at).onFailure(failure -> {
            // Put the entries back so the next checkpoint writes them.
            models.markChanged(changes);
            LOG.warn("checkpoint failed, will retry: {}", failure.toString());
        });
    }
}
