package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.aggregate.DeviceAggregates;
import dev.ocfcloud.aggregate.device.DeviceConnection;
import dev.ocfcloud.aggregate.store.EventStore;
import dev.ocfcloud.aggregate.store.FencedException;
import dev.ocfcloud.aggregate.store.PartitionWriter;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.command.CancelPendingCommand;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceRequestPending;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ConnectionStatus;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the aggregates of one partition (DESIGN §2.2). It takes the partition in the
 * event store (fencing the previous owner), rebuilds every aggregate from the log, then serves
 * the partition's event-bus address. Commands queue and are decided in order, several per
 * transaction; answers go out after the append. Confined to its verticle's event loop.
 */
public final class PartitionShard {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionShard.class);
    /** How often due device requests are expired: their timeout ends within this of validUntil. */
    static final long EXPIRY_CHECK_MILLIS = 250;

    private enum Phase {
        STARTING,
        SERVING,
        RECOVERING,
        STOPPED
    }

    private final Vertx vertx;
    private final int partition;
    private final EventStore store;
    private final Clock clock;
    private final ShardLimits limits;
    private final ArrayDeque<QueuedCommand> queue = new ArrayDeque<>();
    private Map<DeviceId, DeviceAggregates> aggregates = new HashMap<>();
    private Phase phase = Phase.STARTING;
    private PartitionWriter writer;
    private MessageConsumer<Command> consumer;
    private boolean appending;
    private long appendStarted;
    private int recoveries;
    private PendingExpiries expiries = new PendingExpiries();
    private OnlineIndex online = new OnlineIndex();
    private final GatewayLeases leases;
    private long expiryTimer = -1;

    public PartitionShard(
            Vertx vertx, int partition, EventStore store, Clock clock, ShardLimits limits, GatewayLeases leases) {
        this.leases = leases;
        this.vertx = vertx;
        this.partition = partition;
        this.store = store;
        this.clock = clock;
        this.limits = limits;
    }

    public int partition() {
        return partition;
    }

    /**
     * Starts answering the partition's address, takes the partition, rebuilds its aggregates, then
     * serves commands. Until then, and while the store is unreachable (retried with backoff),
     * commands get a retryable refusal. Completes once the shard serves.
     */
    public Future<Void> start() {
        consumer = vertx.eventBus().consumer(Addresses.aggregatePartition(partition), this::onCommand);
        return consumer.completion().compose(registered -> {
            Promise<Void> served = Promise.promise();
            takeWithRetry(served);
            return served.future();
        });
    }

    /** Stops serving and gives the partition up; queued commands are refused as retryable. */
    public Future<Void> stop() {
        phase = Phase.STOPPED;
        if (expiryTimer >= 0) {
            vertx.cancelTimer(expiryTimer);
        }
        refuseQueued(ErrorCode.AGGREGATE_UNAVAILABLE, "partition " + partition + " changed owner");
        Future<Void> unregistered = consumer == null ? Future.succeededFuture() : consumer.unregister();
        Future<Void> released = writer == null ? Future.succeededFuture() : writer.close();
        return Future.join(unregistered, released).mapEmpty();
    }

    /** The number of devices whose aggregates this shard holds. */
    public int deviceCount() {
        return aggregates.size();
    }

    private Future<Long> takePartition() {
        Map<DeviceId, DeviceAggregates> rebuilt = new HashMap<>();
        return store.acquire(partition)
                .compose(acquired -> {
                    writer = acquired;
                    return acquired.replay(batch -> batch.forEach(event -> rebuilt.compute(
                                    event.deviceId(),
                                    (device, before) ->
                                            (before == null ? DeviceAggregates.INITIAL : before).apply(event))))
                            .recover(failure -> acquired.close().transform(closed -> Future.failedFuture(failure)));
                })
                .onSuccess(count -> {
                    aggregates = rebuilt;
                    online = new OnlineIndex();
                    rebuilt.forEach(online::update);
                });
    }

    private void onCommand(Message<Command> message) {
        if (message.body() instanceof CancelPendingCommand cancel && cancel.timedOut()) {
            message.reply(CommandResult.rejected(
                    CloudError.of(ErrorCode.INVALID_COMMAND, "only the aggregate itself expires requests")));
        } else if (phase != Phase.SERVING) {
            message.reply(CommandResult.rejected(unavailable()));
        } else if (appendIsStuck()) {
            // The log is not taking appends (broker away?): say so now rather than let callers wait.
            message.reply(CommandResult.rejected(CloudError.of(
                    ErrorCode.EVENT_STORE_UNAVAILABLE,
                    "partition " + partition + " has waited "
                            + limits.stuckAppend().toMillis() + " ms for the log")));
        } else if (queue.size() >= limits.maxQueuedCommands()) {
            message.reply(CommandResult.rejected(CloudError.of(
                    ErrorCode.AGGREGATE_OVERLOADED,
                    limits.maxQueuedCommands() + " commands wait in partition " + partition)));
        } else {
            queue.add(new QueuedCommand(message.body(), message));
            flush();
        }
    }

    private boolean appendIsStuck() {
        return appending
                && System.nanoTime() - appendStarted > limits.stuckAppend().toNanos();
    }

    private void flush() {
        while (!appending && phase == Phase.SERVING && !queue.isEmpty()) {
            CommandBatch batch = new CommandBatch(device -> aggregates.getOrDefault(device, DeviceAggregates.INITIAL));
            for (int i = 0; i < limits.maxBatchCommands() && !queue.isEmpty(); i++) {
                batch.decide(queue.poll(), clock.instant());
            }
            if (batch.events().isEmpty()) {
                batch.answerAll();
            } else {
                appending = true;
                appendStarted = System.nanoTime();
                writer.append(batch.events()).onComplete(v -> appended(batch), failure -> appendFailed(batch, failure));
            }
        }
    }

    private void appended(CommandBatch batch) {
        appending = false;
        aggregates.putAll(batch.staged());
        batch.staged().forEach(online::update);
        recoveries = 0;
        batch.answerAll();
        publish(batch.events());
        scheduleExpiries(batch.events());
        deliver(batch.events());
        flush();
    }

    private void scheduleExpiries(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            if (event.event() instanceof DeviceRequestPending) {
                ResourceId resource = event.aggregateId().resourceId();
                aggregates
                        .get(event.deviceId())
                        .resource(resource.href())
                        .pendingRequest(event.correlationId())
                        .ifPresent(request -> expiries.add(resource, request));
            }
        }
    }

    /**
     * A gateway process that stopped beating took its connections with it: its devices here go
     * offline (DESIGN: online/offline stays exact when a gateway dies). A device that reconnected
     * elsewhere meanwhile is online on its new connection, which this leaves alone.
     */
    private void offlineDevicesOfDeadGateways() {
        Instant now = clock.instant();
        for (String node : online.nodes()) {
            if (!leases.isDead(node, now)) {
                continue;
            }
            for (DeviceId device : online.devicesOn(node)) {
                if (queue.size() >= limits.maxQueuedCommands()) {
                    return; // the next check continues
                }
                DeviceAggregates state = aggregates.get(device);
                DeviceConnection connection = state.device().connection();
                queue.add(QueuedCommand.internal(new UpdateDeviceConnection(
                        device,
                        state.device().owner().orElseThrow(),
                        CorrelationId.random(),
                        ConnectionStatus.OFFLINE,
                        connection.connectionId(),
                        node)));
            }
            LOG.info(
                    "gateway {} is silent for over {} s: its devices in partition {} go offline",
                    node,
                    leases.lease().toSeconds(),
                    partition);
        }
    }

    /** Hands new and reconnected devices' pending requests to their gateway nodes (fire and forget). */
    private void deliver(List<EventEnvelope> events) {
        for (Deliveries.Delivery delivery : Deliveries.after(events, aggregates::get, clock.instant())) {
            vertx.eventBus().send(Addresses.gatewayDeliveries(delivery.gatewayNode()), delivery.request());
        }
    }

    private void expireDueRequests() {
        if (phase != Phase.SERVING) {
            return;
        }
        offlineDevicesOfDeadGateways();
        for (CancelPendingCommand expiry : expiries.due(clock.instant())) {
            if (queue.size() < limits.maxQueuedCommands()) {
                queue.add(QueuedCommand.internal(expiry));
            }
        }
        flush();
    }

    private void appendFailed(CommandBatch batch, Throwable failure) {
        appending = false;
        batch.answerAll(CommandResult.rejected(
                CloudError.of(ErrorCode.EVENT_STORE_UNAVAILABLE, "append failed: " + failure.getMessage())));
        if (failure instanceof FencedException) {
            LOG.warn("partition {} was taken by another owner; this shard stops", partition);
            stop();
        } else if (phase == Phase.SERVING) {
            LOG.warn("append to partition {} failed, taking it again: {}", partition, failure.toString());
            recover();
        }
    }

    /** After a failed append the writer is spent and the log is the only truth: take it again. */
    private void recover() {
        phase = Phase.RECOVERING;
        refuseQueued(ErrorCode.EVENT_STORE_UNAVAILABLE, "partition " + partition + " is recovering");
        long delay = limits.recoveryBackoff().toMillis() << Math.min(recoveries++, 4);
        writer.close().onComplete(closed -> vertx.setTimer(delay, t -> takeWithRetry(Promise.promise())));
    }

    private void takeWithRetry(Promise<Void> served) {
        if (phase == Phase.STOPPED) {
            served.tryComplete();
            return;
        }
        long started = System.nanoTime();
        takePartition()
                .onSuccess(count -> {
                    if (phase == Phase.STOPPED) {
                        writer.close();
                        served.tryComplete();
                        return;
                    }
                    phase = Phase.SERVING;
                    expiries = new PendingExpiries();
                    expiries.addAll(aggregates);
                    if (expiryTimer < 0) {
                        expiryTimer = vertx.setPeriodic(EXPIRY_CHECK_MILLIS, id -> expireDueRequests());
                    }
                    LOG.info(
                            "partition {} served: {} events of {} devices replayed in {} ms",
                            partition,
                            count,
                            aggregates.size(),
                            Duration.ofNanos(System.nanoTime() - started).toMillis());
                    served.tryComplete();
                    flush();
                })
                .onFailure(failure -> {
                    LOG.warn("partition {} cannot be taken yet: {}", partition, failure.toString());
                    phase = phase == Phase.STOPPED ? phase : Phase.RECOVERING;
                    long delay = limits.recoveryBackoff().toMillis() << Math.min(recoveries++, 4);
                    vertx.setTimer(delay, t -> takeWithRetry(served));
                });
    }

    private void publish(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            vertx.eventBus().publish(Addresses.deviceEvents(event.deviceId()), event);
            vertx.eventBus().publish(Addresses.ownerEvents(event.owner()), event);
        }
    }

    private void refuseQueued(ErrorCode code, String detail) {
        CommandResult refusal = CommandResult.rejected(CloudError.of(code, detail));
        while (!queue.isEmpty()) {
            queue.poll().answer(refusal);
        }
    }

    private CloudError unavailable() {
        return phase == Phase.RECOVERING
                ? CloudError.of(ErrorCode.EVENT_STORE_UNAVAILABLE, "partition " + partition + " is recovering")
                : CloudError.of(ErrorCode.AGGREGATE_UNAVAILABLE, "partition " + partition + " is not served here now");
    }
}
