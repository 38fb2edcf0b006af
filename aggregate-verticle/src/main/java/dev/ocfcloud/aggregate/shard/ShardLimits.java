package dev.ocfcloud.aggregate.shard;

import java.time.Duration;

/**
 * Bounds of one partition shard.
 *
 * @param maxQueuedCommands commands waiting beyond this are refused with {@code aggregate.overloaded}
 * @param maxBatchCommands how many queued commands one transaction may carry (group commit)
 * @param recoveryBackoff the first wait before taking the partition again after a failed append;
 *     it doubles up to 16 times this
 */
public record ShardLimits(int maxQueuedCommands, int maxBatchCommands, Duration recoveryBackoff) {
    public static final ShardLimits DEFAULTS = new ShardLimits(10_000, 500, Duration.ofMillis(500));

    public ShardLimits {
        if (maxQueuedCommands < 1 || maxBatchCommands < 1) {
            throw new IllegalArgumentException("shard queue and batch sizes must be positive");
        }
    }
}
