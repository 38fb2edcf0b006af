package dev.ocfcloud.launcher.config;

import java.time.Duration;

/**
 * The read side in this process.
 *
 * @param replicaId names this directory replica's checkpoint collections; every replica holds the
 *     whole read model and keeps its own checkpoints
 * @param checkpointInterval how often changed read-model entries and offsets are written
 */
public record DirectorySettings(String replicaId, Duration checkpointInterval) {}
