package dev.ocfcloud.aggregate;

import dev.ocfcloud.aggregate.ownership.PartitionOwnership;
import dev.ocfcloud.aggregate.shard.GatewayLeases;
import dev.ocfcloud.aggregate.shard.PartitionShard;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.EventStore;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.bus.BusCodecs;
import dev.ocfcloud.model.delivery.GatewayHeartbeat;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.wire.CborMappers;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side: runs one {@link PartitionShard} per partition this instance owns, starting and
 * stopping them as ownership moves. Only wiring lives here.
 */
public final class AggregateVerticle extends VerticleBase implements PartitionOwnership.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateVerticle.class);

    private final Function<Vertx, EventStore> storeFactory;
    private final Function<Vertx, PartitionOwnership> ownershipFactory;
    private final ShardLimits limits;
    private final Clock clock;
    /** How long a start waits for the first partitions before declaring itself started anyway. */
    static final Duration FIRST_ASSIGNMENT_WAIT = Duration.ofSeconds(30);

    /** Ten heartbeats of the default interval: long enough to ride out a GC pause or a slow network. */
    public static final Duration DEFAULT_GATEWAY_LEASE = Duration.ofSeconds(10);

    private final Map<Integer, PartitionShard> shards = new HashMap<>();
    private final Duration gatewayLease;
    private GatewayLeases leases;
    private final Promise<Void> firstServed = Promise.promise();
    private EventStore store;
    private PartitionOwnership ownership;

    public AggregateVerticle(
            Function<Vertx, EventStore> storeFactory,
            Function<Vertx, PartitionOwnership> ownershipFactory,
            ShardLimits limits,
            Clock clock) {
        this(storeFactory, ownershipFactory, limits, clock, DEFAULT_GATEWAY_LEASE);
    }

    /** @param gatewayLease how long a silent gateway process keeps its devices online */
    public AggregateVerticle(
            Function<Vertx, EventStore> storeFactory,
            Function<Vertx, PartitionOwnership> ownershipFactory,
            ShardLimits limits,
            Clock clock,
            Duration gatewayLease) {
        this.gatewayLease = gatewayLease;
        this.storeFactory = storeFactory;
        this.ownershipFactory = ownershipFactory;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        BusCodecs.registerAll(vertx, EventEnvelope.class);
        BusCodecs.registerDeliveries(vertx);
        leases = new GatewayLeases(gatewayLease, clock.instant());
        vertx.eventBus()
                .<GatewayHeartbeat>consumer(
                        Addresses.GATEWAY_HEARTBEATS,
                        beat -> leases.heard(beat.body().gatewayNode(), clock.instant()));
        store = storeFactory.apply(vertx);
        ownership = ownershipFactory.apply(vertx);
        return vertx.executeBlocking(() -> {
                    CborMappers.warmUp();
                    return null;
                })
                .compose(warm -> ownership.start(this))
                .compose(started -> firstServed());
    }

    /**
     * Started means serving: completes once the first partitions this instance is given are served
     * (or after {@link #FIRST_ASSIGNMENT_WAIT} with none, e.g. more instances than partitions), so
     * "ready" is true when a launcher says so.
     */
    private Future<Void> firstServed() {
        long timer = vertx.setTimer(FIRST_ASSIGNMENT_WAIT.toMillis(), id -> {
            if (firstServed.tryComplete()) {
                LOG.warn("no partitions assigned within {} s; serving none for now", FIRST_ASSIGNMENT_WAIT.toSeconds());
            }
        });
        return firstServed.future().onComplete(done -> vertx.cancelTimer(timer));
    }

    @Override
    public Future<?> stop() {
        List<Future<Void>> stopped = new ArrayList<>();
        stopped.add(ownership.stop());
        shards.values().forEach(shard -> stopped.add(shard.stop()));
        shards.clear();
        return Future.join(stopped).compose(v -> store.close());
    }

    @Override
    public void assigned(Set<Integer> partitions) {
        LOG.info("partitions assigned: {}", partitions);
        List<Future<Void>> serving = new ArrayList<>();
        for (int partition : partitions) {
            PartitionShard shard = new PartitionShard(vertx, partition, store, clock, limits, leases);
            PartitionShard previous = shards.put(partition, shard);
            Future<Void> handedOver = previous == null ? Future.succeededFuture() : previous.stop();
            serving.add(handedOver
                    .compose(v -> shard.start())
                    .onFailure(failure -> LOG.error("partition {} could not start", partition, failure)));
        }
        Future.join(serving).onComplete(done -> firstServed.tryComplete());
    }

    @Override
    public void revoked(Set<Integer> partitions) {
        LOG.info("partitions revoked: {}", partitions);
        for (int partition : partitions) {
            PartitionShard shard = shards.remove(partition);
            if (shard != null) {
                shard.stop();
            }
        }
    }

    /** The partitions this instance serves or is taking over. */
    public Set<Integer> ownedPartitions() {
        return Set.copyOf(shards.keySet());
    }
}
