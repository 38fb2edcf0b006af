package dev.ocfcloud.aggregate.shard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.FixedOwnership;
import dev.ocfcloud.aggregate.store.InMemoryEventStore;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.command.CancelPendingCommand;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.DeliveryMode;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.command.UpdateResource;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.delivery.GatewayHeartbeat;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceUpdated;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The write side over a real event bus, on the in-memory store (Kafka: {@code KafkaAggregateIT}). */
@ExtendWith(VertxExtension.class)
class AggregateVerticleTest {
    private static final int PARTITIONS = 4;
    private static final OwnerId OWNER = OwnerId.of("alice");
    private static final ResourceHref LIGHT = ResourceHref.of("/light/1");

    private final InMemoryEventStore store = new InMemoryEventStore();
    private AggregateClient client;

    @BeforeEach
    void client(Vertx vertx) {
        client = new AggregateClient(vertx, new DevicePartitioner(PARTITIONS), Duration.ofSeconds(5));
    }

    @Test
    void aCommandIsAnsweredWithTheEventsItAppended(Vertx vertx) throws Exception {
        deploy(vertx);
        DeviceId device = newDevice();

        CommandResult result = await(client.send(new RegisterDevice(device, OWNER, CorrelationId.of("c1"))));

        assertThat(result).isInstanceOfSatisfying(CommandResult.Accepted.class, accepted -> {
            assertThat(accepted.events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo("device.registered.v1");
                assertThat(event.version()).isEqualTo(1);
                assertThat(event.correlationId()).isEqualTo(CorrelationId.of("c1"));
            });
        });
        assertThat(logOf(device)).hasSize(1);
    }

    @Test
    void withoutAnOwnerOfThePartitionACommandFailsFastAndRetryably() throws Exception {
        long started = System.nanoTime();
        CommandResult result = await(client.send(new RegisterDevice(newDevice(), OWNER, CorrelationId.random())));

        assertThat(result).isInstanceOfSatisfying(CommandResult.Rejected.class, rejected -> {
            assertThat(rejected.error().code()).isEqualTo(ErrorCode.AGGREGATE_UNAVAILABLE);
            assertThat(rejected.error().retryable()).isTrue();
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aNewOwnerRebuildsFromTheLogAndContinuesTheVersions(Vertx vertx) throws Exception {
        String first = deploy(vertx);
        DeviceId device = newDevice();
        await(client.send(new RegisterDevice(device, OWNER, CorrelationId.random())));
        await(client.send(publish(device)));
        await(client.send(report(device, 1)));
        await(vertx.undeploy(first));

        deploy(vertx);

        assertThat(sendRetrying(publish(device))).isEqualTo(CommandResult.accepted(List.of()));
        CommandResult changed = await(client.send(report(device, 2)));
        assertThat(((CommandResult.Accepted) changed).events())
                .singleElement()
                .extracting(EventEnvelope::version)
                .isEqualTo(2L);
    }

    @Test
    void concurrentCommandsShareTransactionsAndKeepVersionsContiguous(Vertx vertx) throws Exception {
        deploy(vertx);
        DeviceId device = newDevice();
        await(client.send(new RegisterDevice(device, OWNER, CorrelationId.random())));
        await(client.send(publish(device)));
        int before = store.appendCount();

        List<Future<CommandResult>> sent = IntStream.range(0, 500)
                .mapToObj(i -> client.send(report(device, i)))
                .toList();
        await(Future.all(sent));

        assertThat(sent).allSatisfy(result -> assertThat(result.result()).isInstanceOf(CommandResult.Accepted.class));
        assertThat(store.appendCount() - before).isLessThan(500);
        assertThat(resourceVersions(device))
                .isEqualTo(
                        IntStream.rangeClosed(1, 500).boxed().map(Long::valueOf).toList());
    }

    @Test
    void aZombieOwnerIsFencedAndItsCommandsAreRetriedElsewhere(Vertx vertx) throws Exception {
        deploy(vertx);
        deploy(vertx); // a second owner of the same partitions: the first one is now a zombie
        DeviceId device = newDevice();

        List<Command> commands = new ArrayList<>();
        commands.add(new RegisterDevice(device, OWNER, CorrelationId.random()));
        commands.add(publish(device));
        IntStream.range(1, 19).forEach(i -> commands.add(report(device, i)));

        Map<ErrorCode, Integer> refusals = new HashMap<>();
        int accepted = 0;
        for (Command command : commands) {
            CommandResult result = await(client.send(command));
            while (result instanceof CommandResult.Rejected rejected) {
                refusals.merge(rejected.error().code(), 1, Integer::sum);
                assertThat(rejected.error().retryable())
                        .as("refusal %s", rejected.error())
                        .isTrue();
                result = await(client.send(command)); // a retryable refusal: the same command again
            }
            accepted++;
        }

        assertThat(accepted).isEqualTo(20);
        assertThat(refusals)
                .as("the zombie refused what it could not append")
                .containsKey(ErrorCode.EVENT_STORE_UNAVAILABLE);
        assertThat(resourceVersions(device)).isEqualTo(LongStreams.oneTo(18));
    }

    @Test
    void aRequestNobodyAnswersEndsWithATimeoutEvent(Vertx vertx) throws Exception {
        deploy(vertx);
        DeviceId device = onboard();

        await(client.send(new UpdateResource(
                new ResourceId(device, LIGHT),
                OWNER,
                CorrelationId.of("late"),
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa0}),
                "",
                Instant.now().plusMillis(300),
                DeliveryMode.QUEUE)));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (logOf(device).stream().noneMatch(e -> e.event() instanceof ResourceUpdated)
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(logOf(device))
                .filteredOn(e -> e.event() instanceof ResourceUpdated)
                .singleElement()
                .satisfies(e -> {
                    assertThat(((ResourceUpdated) e.event()).status()).isEqualTo(OperationStatus.TIMEOUT);
                    assertThat(e.correlationId()).isEqualTo(CorrelationId.of("late"));
                });
    }

    @Test
    void onlyTheAggregateExpiresRequests(Vertx vertx) throws Exception {
        deploy(vertx);
        DeviceId device = onboard();

        CommandResult result = await(client.send(
                new CancelPendingCommand(new ResourceId(device, LIGHT), OWNER, CorrelationId.random(), true)));

        assertThat(result)
                .isInstanceOfSatisfying(
                        CommandResult.Rejected.class,
                        rejected -> assertThat(rejected.error().code()).isEqualTo(ErrorCode.INVALID_COMMAND));
    }

    @Test
    void requestsGoToTheGatewayHoldingTheDeviceAndAgainWhenItReconnects(Vertx vertx) throws Exception {
        deploy(vertx);
        DeviceId device = onboard();
        List<DeviceRequestDelivery> atFirst = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<DeviceRequestDelivery> atSecond = new java.util.concurrent.CopyOnWriteArrayList<>();
        vertx.eventBus()
                .<DeviceRequestDelivery>consumer(Addresses.gatewayDeliveries("gw-1"), m -> atFirst.add(m.body()));
        vertx.eventBus()
                .<DeviceRequestDelivery>consumer(Addresses.gatewayDeliveries("gw-2"), m -> atSecond.add(m.body()));
        await(client.send(new UpdateDeviceConnection(
                device, OWNER, CorrelationId.random(), ConnectionStatus.ONLINE, "c1", "gw-1")));

        await(client.send(new UpdateResource(
                new ResourceId(device, LIGHT),
                OWNER,
                CorrelationId.of("u1"),
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa0}),
                "",
                Instant.now().plusSeconds(30),
                DeliveryMode.QUEUE)));
        await(client.send(new UpdateDeviceConnection(
                device, OWNER, CorrelationId.random(), ConnectionStatus.ONLINE, "c2", "gw-2")));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((atFirst.isEmpty() || atSecond.isEmpty()) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(atFirst).singleElement().satisfies(d -> {
            assertThat(d.correlationId()).isEqualTo(CorrelationId.of("u1"));
            assertThat(d.kind()).isEqualTo(DeviceRequestKind.UPDATE);
        });
        assertThat(atSecond)
                .singleElement()
                .extracting(DeviceRequestDelivery::correlationId)
                .isEqualTo(CorrelationId.of("u1"));
    }

    @Test
    void theDevicesOfAGatewayThatStopsBeatingGoOfflineAndABeatingOnesStayOnline(Vertx vertx) throws Exception {
        Set<Integer> all = Set.copyOf(IntStream.range(0, PARTITIONS).boxed().toList());
        await(vertx.deployVerticle(new AggregateVerticle(
                v -> store,
                v -> new FixedOwnership(all),
                ShardLimits.DEFAULTS,
                Clock.systemUTC(),
                Duration.ofMillis(1_500))));
        long beating = vertx.setPeriodic(
                200,
                id -> vertx.eventBus()
                        .publish(Addresses.GATEWAY_HEARTBEATS, new GatewayHeartbeat("gw-alive", Instant.now())));
        vertx.eventBus().publish(Addresses.GATEWAY_HEARTBEATS, new GatewayHeartbeat("gw-dies", Instant.now()));
        DeviceId orphan = onboard();
        DeviceId kept = onboard();
        sendRetrying(new UpdateDeviceConnection(
                orphan, OWNER, CorrelationId.random(), ConnectionStatus.ONLINE, "c1", "gw-dies"));
        sendRetrying(new UpdateDeviceConnection(
                kept, OWNER, CorrelationId.random(), ConnectionStatus.ONLINE, "c2", "gw-alive"));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (connectionUpdates(orphan) < 2 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        vertx.cancelTimer(beating);

        assertThat(logOf(orphan))
                .filteredOn(e -> e.event() instanceof DeviceConnectionUpdated)
                .last()
                .satisfies(e -> assertThat(((DeviceConnectionUpdated) e.event()).status())
                        .isEqualTo(ConnectionStatus.OFFLINE));
        assertThat(connectionUpdates(kept)).isEqualTo(1);
    }

    private long connectionUpdates(DeviceId device) {
        return logOf(device).stream()
                .filter(e -> e.event() instanceof DeviceConnectionUpdated)
                .count();
    }

    private DeviceId onboard() throws Exception {
        DeviceId device = newDevice();
        sendRetrying(new RegisterDevice(device, OWNER, CorrelationId.random()));
        sendRetrying(publish(device));
        return device;
    }

    /** Sends until the answer is not a retryable refusal, as a real caller would. */
    private CommandResult sendRetrying(Command command) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            CommandResult result = await(client.send(command));
            if (!(result instanceof CommandResult.Rejected rejected)
                    || !rejected.error().retryable()) {
                return result;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("still refused after 100 attempts: " + command);
    }

    private String deploy(Vertx vertx) throws Exception {
        Set<Integer> all = Set.copyOf(IntStream.range(0, PARTITIONS).boxed().toList());
        return await(vertx.deployVerticle(new AggregateVerticle(
                v -> store, v -> new FixedOwnership(all), ShardLimits.DEFAULTS, Clock.systemUTC())));
    }

    private static DeviceId newDevice() {
        return DeviceId.of(UUID.randomUUID().toString());
    }

    private static PublishResourceLinks publish(DeviceId device) {
        return new PublishResourceLinks(
                device,
                OWNER,
                CorrelationId.random(),
                "lamp",
                0,
                List.of(new ResourceLink(LIGHT, List.of("core.light"), List.of("oic.if.rw"), 3, 1)));
    }

    private static NotifyResourceChanged report(DeviceId device, int value) {
        return new NotifyResourceChanged(
                new ResourceId(device, LIGHT),
                OWNER,
                CorrelationId.random(),
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x61, 'v', 0x19, (byte) (value >> 8), (byte) value}),
                OperationStatus.OK);
    }

    private List<EventEnvelope> logOf(DeviceId device) {
        List<EventEnvelope> events = new ArrayList<>();
        IntStream.range(0, PARTITIONS)
                .forEach(p -> store.log(p).stream()
                        .filter(e -> e.deviceId().equals(device))
                        .forEach(events::add));
        return events;
    }

    private List<Long> resourceVersions(DeviceId device) {
        return logOf(device).stream()
                .filter(e -> !e.aggregateId().isDevice())
                .map(EventEnvelope::version)
                .toList();
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
