package dev.ocfcloud.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ConnectionStatus;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do, run against each implementation (STYLE: one contract
 * suite per port). Implementations provide a fresh store whose partitions 0 and 1 are empty.
 */
public abstract class EventStoreContract {
    private static final Duration WAIT = Duration.ofSeconds(30);
    protected Vertx vertx;
    private EventStore store;

    protected abstract EventStore newStore(Vertx vertx);

    @BeforeEach
    void createStore() {
        vertx = Vertx.vertx();
        store = newStore(vertx);
    }

    @AfterEach
    void closeStore() throws Exception {
        await(store.close());
        await(vertx.close());
    }

    @Test
    void replayReturnsAppendedEventsInOrder() throws Exception {
        PartitionWriter writer = await(store.acquire(0));
        List<EventEnvelope> first = events(3);
        List<EventEnvelope> second = events(2);
        await(writer.append(first));
        await(writer.append(second));

        List<EventEnvelope> replayed = replay(writer);

        List<EventEnvelope> expected = new ArrayList<>(first);
        expected.addAll(second);
        assertThat(replayed).containsExactlyElementsOf(expected);
    }

    @Test
    void anEmptyPartitionReplaysNothing() throws Exception {
        assertThat(replay(await(store.acquire(1)))).isEmpty();
    }

    @Test
    void acquiringAPartitionFencesItsPreviousWriter() throws Exception {
        PartitionWriter zombie = await(store.acquire(0));
        await(zombie.append(events(1)));
        PartitionWriter owner = await(store.acquire(0));

        Throwable fenced = failure(zombie.append(events(1)));
        await(owner.append(events(1)));

        assertThat(fenced).isInstanceOf(FencedException.class);
        assertThat(replay(owner)).hasSize(2);
    }

    @Test
    void partitionsAreFencedIndependently() throws Exception {
        PartitionWriter zero = await(store.acquire(0));
        await(store.acquire(1));

        await(zero.append(events(2)));

        assertThat(replay(zero)).hasSize(2);
    }

    @Test
    void aNewOwnerSeesEverythingTheOldOneAppended() throws Exception {
        PartitionWriter before = await(store.acquire(0));
        List<EventEnvelope> appended = events(5);
        await(before.append(appended));

        PartitionWriter after = await(store.acquire(0));

        assertThat(replay(after)).containsExactlyElementsOf(appended);
    }

    /** Events of one fresh device: registered, then connection updates, versions 1, 2, 3, … */
    private static List<EventEnvelope> events(int count) {
        DeviceId device = DeviceId.of(UUID.randomUUID().toString());
        List<EventEnvelope> events = new ArrayList<>();
        for (int version = 1; version <= count; version++) {
            events.add(new EventEnvelope(
                    AggregateId.ofDevice(device),
                    version,
                    Instant.now(),
                    OwnerId.of("owner"),
                    CorrelationId.random(),
                    version == 1
                            ? new DeviceRegistered()
                            : new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "c" + version, "gw")));
        }
        return events;
    }

    private List<EventEnvelope> replay(PartitionWriter writer) throws Exception {
        List<EventEnvelope> replayed = new ArrayList<>();
        Future<Long> done = vertx.getOrCreateContext()
                .<Future<Long>>executeBlocking(() -> null)
                .compose(v -> writer.replay(replayed::addAll));
        long count = await(done);
        assertThat(count).isEqualTo(replayed.size());
        return replayed;
    }

    protected static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Throwable failure(Future<?> future) throws Exception {
        try {
            await(future);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure");
    }
}
