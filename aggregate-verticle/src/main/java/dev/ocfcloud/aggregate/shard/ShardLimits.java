package dev.ocfcloud.aggregate.shard;

import java.time.Duration;

/**
 * Bounds of one partition shard.
 *
 * @param maxQueuedCommands commands waiting beyond this are refused with {@code aggregate.overloaded}
 * @param maxBatchCommands how many queued commands one transaction may carry (group commit)
 * @param recoveryBackoff the first wait before taking the partition again after a failed append;
 *     it doubles up to 16 times this
 * @param stuckAppend an append in flight longer than this makes new commands fail fast with the
 *     retryable {@code event_store.unavailable} instead of queueing behind it
 */
public record ShardLimits(int maxQueuedCommands, int maxBatchCommands, Duration recoveryBackoff, Duration stuckAppend) {
    public static final ShardLimits DEFAULTS =
            new ShardLimits(10_000, 500, Duration.ofMillis(500), Duration.ofSeconds(1));

    public ShardLimits {
        if (maxQueuedCommands < 1 || maxBatchCommands < 1) {
            throw new IllegalArgumentException("shard queue and batch sizes must be positive");
        }
    }
}
