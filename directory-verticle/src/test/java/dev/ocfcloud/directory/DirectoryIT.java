package dev.ocfcloud.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.FixedOwnership;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.KafkaEventStore;
import dev.ocfcloud.directory.store.MongoProjectionStore;
import dev.ocfcloud.directory.store.ProjectionStore;
import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.model.query.ListDevices;
import dev.ocfcloud.model.query.ResourceView;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands through the real write side and Kafka, read back from the directory's projections. */
@EmbeddedKafka
@VertxTest
class DirectoryIT {
    private static final int PARTITIONS = 4;
    private static final OwnerId ALICE = OwnerId.of("alice");
    private static final OwnerId BOB = OwnerId.of("bob");
    private static final ResourceHref LIGHT = ResourceHref.of("/light/1");
    private static EmbeddedMongoStore mongo;

    private final KafkaCluster kafka;
    private EventLogConfig log;
    private AggregateClient commands;
    private DirectoryClient queries;

    DirectoryIT(KafkaCluster kafka) {
        this.kafka = kafka;
    }

    @BeforeAll
    static void startMongo() {
        mongo = EmbeddedMongoStore.startInMemory();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void writeSide(Vertx vertx) throws Exception {
        String topic = "events-" + UUID.randomUUID();
        kafka.createTopic(topic, PARTITIONS);
        log = EventLogConfig.of(kafka.bootstrapServers()).withTopic(topic).withPartitions(PARTITIONS);
        Set<Integer> all = Set.of(0, 1, 2, 3);
        await(vertx.deployVerticle(new AggregateVerticle(
                v -> new KafkaEventStore(v, log, "dir-it-" + topic, Duration.ofSeconds(10)),
                v -> new FixedOwnership(all),
                ShardLimits.DEFAULTS,
                Clock.systemUTC())));
        commands = new AggregateClient(vertx, new DevicePartitioner(PARTITIONS), Duration.ofSeconds(10));
        queries = new DirectoryClient(vertx, Duration.ofSeconds(5));
    }

    @Test
    void aReportedValueBecomesQueryableForItsOwnerOnly(Vertx vertx) throws Exception {
        await(vertx.deployVerticle(directory(storeNamed("shadow"))));
        DeviceId lamp = newDevice();
        onboard(lamp, ALICE);

        send(report(lamp, ALICE, 42));

        ResourceView view = eventually(() -> queries.resource(new GetResource(ALICE, new ResourceId(lamp, LIGHT))));
        assertThat(view.content().data().toHex()).isEqualTo("a16176182a");
        assertThat(await(queries.device(new GetDevice(ALICE, lamp))).name()).isEqualTo("lamp");
        assertThat(codeOf(queries.device(new GetDevice(BOB, lamp)))).isEqualTo(ErrorCode.DEVICE_NOT_FOUND);
        assertThat(codeOf(queries.resource(new GetResource(BOB, new ResourceId(lamp, LIGHT)))))
                .isEqualTo(ErrorCode.DEVICE_NOT_FOUND);
        assertThat(await(queries.devices(ListDevices.all(BOB))).devices()).isEmpty();
    }

    @Test
    void aRestartResumesFromTheStoredOffsetsInsteadOfReplaying(Vertx vertx) throws Exception {
        Function<Vertx, ProjectionStore> store = storeNamed("resume");
        DirectoryVerticle first = new DirectoryVerticle(log, store, Duration.ofMillis(50));
        String deployment = await(vertx.deployVerticle(first));
        List<DeviceId> devices =
                IntStream.range(0, 5).mapToObj(i -> newDevice()).toList();
        for (DeviceId device : devices) {
            onboard(device, ALICE);
            send(report(device, ALICE, 1));
        }
        eventually(() -> queries.resource(new GetResource(ALICE, new ResourceId(devices.get(4), LIGHT))));
        long appliedBefore = first.appliedEvents();
        await(vertx.undeploy(deployment));

        send(report(devices.get(0), ALICE, 2));
        DirectoryVerticle second = new DirectoryVerticle(log, store, Duration.ofMillis(50));
        await(vertx.deployVerticle(second));

        ResourceView latest = eventually(() -> queries.resource(
                        new GetResource(ALICE, new ResourceId(devices.get(0), LIGHT)))
                .compose(view ->
                        view.contentVersion() == 2 ? Future.succeededFuture(view) : Future.failedFuture("not yet")));
        assertThat(latest.contentVersion()).isEqualTo(2);
        assertThat(appliedBefore).isEqualTo(15);
        assertThat(second.appliedEvents()).isEqualTo(1);
        assertThat(await(queries.devices(ListDevices.all(ALICE))).devices()).hasSize(5);
    }

    @Test
    void aDirectoryRebuiltFromScratchEqualsTheIncrementalOne(Vertx vertx) throws Exception {
        DirectoryVerticle incremental = new DirectoryVerticle(log, storeNamed("incremental"), Duration.ofMillis(50));
        await(vertx.deployVerticle(incremental));
        for (int i = 0; i < 10; i++) {
            DeviceId device = newDevice();
            onboard(device, i % 2 == 0 ? ALICE : BOB);
            for (int value = 0; value < 5; value++) {
                send(report(device, i % 2 == 0 ? ALICE : BOB, value));
            }
        }

        Vertx other = Vertx.vertx();
        try {
            DirectoryVerticle rebuilt = new DirectoryVerticle(log, storeNamed("rebuilt"), Duration.ofMillis(50));
            await(other.deployVerticle(rebuilt));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            ReadModelSnapshot expected = await(incremental.snapshot());
            while (!await(rebuilt.snapshot()).sameEntriesAs(expected) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
                expected = await(incremental.snapshot());
            }
            assertThat(await(rebuilt.snapshot()).devices()).containsExactlyInAnyOrderElementsOf(expected.devices());
            assertThat(await(rebuilt.snapshot()).shadows()).containsExactlyInAnyOrderElementsOf(expected.shadows());
            assertThat(expected.devices()).hasSize(10);
            assertThat(expected.gaps()).isZero();
        } finally {
            await(other.close());
        }
    }

    private DirectoryVerticle directory(Function<Vertx, ProjectionStore> store) {
        return new DirectoryVerticle(log, store, Duration.ofMillis(50));
    }

    /** A Mongo-backed projection store in its own namespace. */
    private Function<Vertx, ProjectionStore> storeNamed(String name) {
        String namespace = name + "-" + log.topic();
        return vertx -> new MongoProjectionStore(
                MongoClient.create(
                        vertx,
                        new JsonObject()
                                .put("connection_string", mongo.connectionString())
                                .put("db_name", "directory-it")),
                namespace);
    }

    private void onboard(DeviceId device, OwnerId owner) throws Exception {
        send(new RegisterDevice(device, owner, CorrelationId.random()));
        send(new PublishResourceLinks(
                device,
                owner,
                CorrelationId.random(),
                "lamp",
                0,
                List.of(new ResourceLink(LIGHT, List.of("core.light"), List.of("oic.if.rw"), 3, 1))));
    }

    private void send(Command command) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            CommandResult result = await(commands.send(command));
            if (result instanceof CommandResult.Accepted) {
                return;
            }
            CommandResult.Rejected rejected = (CommandResult.Rejected) result;
            assertThat(rejected.error().retryable())
                    .as("refusal of %s: %s", command, rejected.error())
                    .isTrue();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("never accepted: " + command);
    }

    private static NotifyResourceChanged report(DeviceId device, OwnerId owner, int value) {
        return new NotifyResourceChanged(
                new ResourceId(device, LIGHT),
                owner,
                CorrelationId.random(),
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x61, 'v', 0x18, (byte) value}),
                OperationStatus.OK);
    }

    private static DeviceId newDevice() {
        return DeviceId.of(UUID.randomUUID().toString());
    }

    private static <T> T eventually(Supplier<Future<T>> query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return await(query.get());
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
    }

    private static ErrorCode codeOf(Future<?> query) throws Exception {
        try {
            await(query);
            throw new AssertionError("expected a refusal");
        } catch (ExecutionException e) {
            return ((CloudException) e.getCause()).error().code();
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
