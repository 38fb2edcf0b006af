package dev.ocfcloud.projection;

import java.util.Map;

/** How a projection reads {@code ocf.events}. */
public sealed interface Subscription {
    /**
     * Join a consumer group: the group's instances share the partitions and Kafka keeps the
     * offsets, committed after each applied batch. The way to scale a projection out.
     *
     * @param replayFromStart read every assigned partition from its beginning once on start, e.g.
     *     after the projection's storage was wiped or its logic changed
     */
    record Group(String groupId, boolean replayFromStart) implements Subscription {}

    /**
     * Read every partition from the given offsets (missing ones from the beginning), without a
     * group: each instance holds a whole read model and keeps its offsets itself, together with
     * its state (see {@link ProjectionRunner#positions()}).
     */
    record AllPartitions(Map<Integer, Long> startOffsets) implements Subscription {
        public AllPartitions {
            startOffsets = Map.copyOf(startOffsets);
        }
    }
}
