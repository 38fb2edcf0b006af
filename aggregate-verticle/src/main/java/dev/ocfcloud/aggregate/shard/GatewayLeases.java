package dev.ocfcloud.aggregate.shard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which gateway processes are alive, from their heartbeats, timed by this instance's own clock
 * when they arrive (never the sender's: the clocks of machines differ): a node whose last heartbeat is older
 * than the lease is dead. A node never heard from counts as dead only once this instance has
 * listened for a whole lease (right after a start, silence proves nothing).
 */
public final class GatewayLeases {
    private final Duration lease;
    private final Instant listeningSince;
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    public GatewayLeases(Duration lease, Instant listeningSince) {
        this.lease = lease;
        this.listeningSince = listeningSince;
    }

    public void heard(String gatewayNode, Instant at) {
        lastSeen.merge(gatewayNode, at, (old, fresh) -> fresh.isAfter(old) ? fresh : old);
    }

    public boolean isDead(String gatewayNode, Instant now) {
        Instant seen = lastSeen.get(gatewayNode);
        Instant since = seen != null ? seen : listeningSince;
        return now.isAfter(since.plus(lease));
    }

    public Duration lease() {
        return lease;
    }
}
