package dev.ocfcloud.aggregate.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.KafkaGroupOwnership;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.KafkaEventStore;
import dev.ocfcloud.embedded.LoopbackPorts;
import dev.ocfcloud.embedded.kafka.EmbeddedKafkaBroker;
import dev.ocfcloud.embedded.kafka.KafkaTopicCreator;
import dev.ocfcloud.embedded.kafka.TopicSpec;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.command.NotifyResourceChanged;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.command.RegisterDevice;
import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import dev.ocfcloud.model.wire.EventCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away under load and comes back. Meanwhile every command is answered quickly with
 * a retryable refusal (nothing hangs); afterwards the write side recovers by itself, and every
 * command that was acknowledged is in the log.
 */
class KafkaOutageIT {
    private static final int PARTITIONS = 4;
    private static final OwnerId OWNER = OwnerId.of("alice");
    private static final ResourceHref LIGHT = ResourceHref.of("/light/1");
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir
    Path brokerDir;

    @Test
    void commandsFailFastWhileTheBrokerIsAwayAndNothingAcknowledgedIsLost() throws Exception {
        int port = LoopbackPorts.free();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(brokerDir, port);
        Vertx vertx = Vertx.vertx();
        try {
            KafkaTopicCreator.createMissing(
                    broker.bootstrapServers(), List.of(TopicSpec.of("events", PARTITIONS)), Duration.ofSeconds(30));
            EventLogConfig log = EventLogConfig.of(broker.bootstrapServers())
                    .withTopic("events")
                    .withPartitions(PARTITIONS);
            await(vertx.deployVerticle(new AggregateVerticle(
                    v -> new KafkaEventStore(v, log, "outage", Duration.ofSeconds(10)),
                    v -> new KafkaGroupOwnership(v, log, "outage-owners", Duration.ofSeconds(6)),
                    ShardLimits.DEFAULTS,
                    Clock.systemUTC())));
            AggregateClient client =
                    new AggregateClient(vertx, new DevicePartitioner(PARTITIONS), Duration.ofSeconds(5));
            DeviceId device = DeviceId.of(UUID.randomUUID().toString());
            sendUntilAccepted(client, new RegisterDevice(device, OWNER, CorrelationId.random()));
            sendUntilAccepted(
                    client,
                    new PublishResourceLinks(
                            device,
                            OWNER,
                            CorrelationId.random(),
                            "lamp",
                            0,
                            List.of(new ResourceLink(LIGHT, List.of("core.light"), List.of("oic.if.rw"), 3, 1))));

            Set<Integer> acknowledged = new HashSet<>();
            int value = 0;
            for (; value < 20; value++) {
                assertThat(await(client.send(report(device, value)))).isInstanceOf(CommandResult.Accepted.class);
                acknowledged.add(value);
            }

            broker.close();
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            long slowest = 0;
            while (System.nanoTime() < outageEnds) {
                long asked = System.nanoTime();
                CommandResult result = await(client.send(report(device, ++value)));
                slowest = Math.max(slowest, System.nanoTime() - asked);
                if (result instanceof CommandResult.Rejected rejected) {
                    assertThat(rejected.error().retryable())
                            .as("refusal %s", rejected.error())
                            .isTrue();
                } else {
                    acknowledged.add(value);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            assertThat(Duration.ofNanos(slowest))
                    .as("the slowest answer during the outage")
                    .isLessThan(Duration.ofSeconds(6));

            broker = EmbeddedKafkaBroker.start(brokerDir, port);
            long recoveredBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean recovered = false;
            while (!recovered && System.nanoTime() < recoveredBy) {
                CommandResult result = await(client.send(report(device, ++value)));
                recovered = result instanceof CommandResult.Accepted;
                if (recovered) {
                    acknowledged.add(value);
                } else {
                    TimeUnit.MILLISECONDS.sleep(250);
                }
            }
            assertThat(recovered)
                    .as("accepting commands again after the broker returned")
                    .isTrue();
            // The group settles after the return (lost partitions, rejoin): commands keep being accepted.
            long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < settled) {
                sendUntilAccepted(client, report(device, ++value));
                acknowledged.add(value);
                TimeUnit.MILLISECONDS.sleep(200);
            }

            assertThat(reportedValues(broker.bootstrapServers(), device)).containsAll(acknowledged);
        } finally {
            await(vertx.close());
            broker.close();
        }
    }

    private static void sendUntilAccepted(AggregateClient client, Command command) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            if (await(client.send(command)) instanceof CommandResult.Accepted) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("never accepted: " + command);
    }

    private static NotifyResourceChanged report(DeviceId device, int value) {
        return new NotifyResourceChanged(
                new ResourceId(device, LIGHT),
                OWNER,
                CorrelationId.random(),
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x61, 'v', 0x19, (byte) (value >> 8), (byte) value}),
                OperationStatus.OK);
    }

    /** The values of every ResourceChanged of the device's light in the log, committed ones only. */
    private static Set<Integer> reportedValues(String bootstrap, DeviceId device) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed");
        Set<Integer> values = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
                    .mapToObj(p -> new TopicPartition("events", p))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<EventEnvelope> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(EventCodec.decode(record.value()));
                }
            }
            events.stream()
                    .filter(e -> e.deviceId().equals(device) && e.event() instanceof ResourceChanged)
                    .map(e -> ((ResourceChanged) e.event()).content().data().toArray())
                    .forEach(bytes -> values.add(((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff)));
        }
        return values;
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
