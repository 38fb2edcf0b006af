package dev.ocfcloud.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.model.AggregateId;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.event.DeviceConnectionUpdated;
import dev.ocfcloud.model.event.DeviceRegistered;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.wire.CborMappers;
import dev.ocfcloud.model.wire.EventCodec;
import dev.ocfcloud.projection.example.OnlineDevicesVerticle;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection SDK against a real broker, with events written as any producer would. */
@EmbeddedKafka(shared = true)
@VertxTest
class ProjectionRunnerIT {
    private static final OwnerId ALICE = OwnerId.of("alice");
    private final KafkaCluster kafka;
    private EventLogConfig log;

    ProjectionRunnerIT(KafkaCluster kafka) {
        this.kafka = kafka;
    }

    @BeforeEach
    void topic() {
        String topic = "events-" + UUID.randomUUID();
        kafka.createTopic(topic, 3);
        log = EventLogConfig.of(kafka.bootstrapServers()).withTopic(topic).withPartitions(3);
    }

    @Test
    void aGroupResumesAfterItsCommittedOffsetsAndCanReplayFromTheStart(Vertx vertx) throws Exception {
        List<DeviceId> devices = List.of(newDevice(), newDevice(), newDevice());
        devices.forEach(device -> write(device, 1, new DeviceRegistered()));
        List<ProjectedEvent> first = Collections.synchronizedList(new ArrayList<>());
        ProjectionRunner runner =
                new ProjectionRunner(vertx, log, "g1", new Subscription.Group("g1", false), collect(first));
        await(runner.start());
        waitFor(() -> first.size() == 3);
        await(runner.stop());

        devices.forEach(device -> write(device, 2, online(device)));
        List<ProjectedEvent> second = Collections.synchronizedList(new ArrayList<>());
        ProjectionRunner resumed =
                new ProjectionRunner(vertx, log, "g1", new Subscription.Group("g1", false), collect(second));
        await(resumed.start());
        waitFor(() -> second.size() == 3);
        await(resumed.stop());
        assertThat(second)
                .allSatisfy(event -> assertThat(event.envelope().version()).isEqualTo(2));

        List<ProjectedEvent> replayed = Collections.synchronizedList(new ArrayList<>());
        ProjectionRunner replay =
                new ProjectionRunner(vertx, log, "g1", new Subscription.Group("g1", true), collect(replayed));
        await(replay.start());
        waitFor(() -> replayed.size() == 6);
        await(replay.stop());
    }

    @Test
    void eventTypesFromANewerVersionAreSkippedAndCounted(Vertx vertx) throws Exception {
        DeviceId device = newDevice();
        write(device, 1, new DeviceRegistered());
        writeRaw(device, unknownTypeRecord(device));
        write(device, 2, online(device));
        List<ProjectedEvent> seen = Collections.synchronizedList(new ArrayList<>());
        ProjectionRunner runner =
                new ProjectionRunner(vertx, log, "all", new Subscription.AllPartitions(Map.of()), collect(seen));

        await(runner.start());
        waitFor(() -> seen.size() == 2);

        assertThat(runner.skippedCount()).isEqualTo(1);
        assertThat(runner.positions().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(3);
        await(runner.stop());
    }

    @Test
    void theExampleProjectionCountsOnlineDevicesOncePerEvent(Vertx vertx) throws Exception {
        DeviceId lamp = newDevice();
        DeviceId plug = newDevice();
        write(lamp, 1, new DeviceRegistered());
        write(lamp, 2, online(lamp));
        write(lamp, 2, online(lamp)); // delivered twice: counted once
        write(plug, 1, new DeviceRegistered());
        write(plug, 2, online(plug));
        write(plug, 3, new DeviceConnectionUpdated(ConnectionStatus.OFFLINE, "c", "gw"));

        await(vertx.deployVerticle(new OnlineDevicesVerticle(log, "example-" + UUID.randomUUID())));

        waitFor(() -> onlineCount(vertx) == 1);
        TimeUnit.MILLISECONDS.sleep(300);
        assertThat(onlineCount(vertx)).isEqualTo(1);
    }

    private int onlineCount(Vertx vertx) {
        try {
            return await(vertx.eventBus().<Integer>request(OnlineDevicesVerticle.ADDRESS, ALICE.value()))
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Projection collect(List<ProjectedEvent> into) {
        return events -> {
            into.addAll(events);
            return Future.succeededFuture();
        };
    }

    private static DomainEvent online(DeviceId device) {
        return new DeviceConnectionUpdated(ConnectionStatus.ONLINE, "c-" + device, "gw");
    }

    private void write(DeviceId device, long version, DomainEvent event) {
        writeRaw(
                device,
                EventCodec.encode(new EventEnvelope(
                        AggregateId.ofDevice(device), version, Instant.now(), ALICE, CorrelationId.random(), event)));
    }

    private byte[] unknownTypeRecord(DeviceId device) {
        try {
            ObjectNode tree = (ObjectNode) CborMappers.mapper()
                    .readTree(EventCodec.encode(new EventEnvelope(
                            AggregateId.ofDevice(device),
                            9,
                            Instant.now(),
                            ALICE,
                            CorrelationId.random(),
                            new DeviceRegistered())));
            tree.put("type", "device.teleported.v1");
            return CborMappers.mapper().writeValueAsBytes(tree);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeRaw(DeviceId device, byte[] value) {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            int partition = new DevicePartitioner(log.partitions()).partitionOf(device);
            producer.send(new ProducerRecord<>(log.topic(), partition, DevicePartitioner.keyOf(device), value))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeviceId newDevice() {
        return DeviceId.of(UUID.randomUUID().toString());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
