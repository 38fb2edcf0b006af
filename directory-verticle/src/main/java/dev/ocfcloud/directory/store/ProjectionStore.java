package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.ReadModels;
import io.vertx.core.Future;
import java.util.Map;

/**
 * Where the directory checkpoints its read models with the log offsets they reflect, so a restart
 * resumes instead of replaying the whole log. Implementations: {@link MongoProjectionStore},
 * {@link InMemoryProjectionStore}.
 */
public interface ProjectionStore {
    Future<StoredModels> load();

    /**
     * Stores changed entries, then the offsets. Entries ahead of the stored offsets are harmless:
     * the events between are replayed and ignored as repeats.
     */
    Future<Void> save(ReadModels.Changes changes, Map<Integer, Long> offsets);

    Future<Void> close();
}
