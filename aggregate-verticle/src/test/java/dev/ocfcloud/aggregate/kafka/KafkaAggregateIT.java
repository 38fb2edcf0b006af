package dev.ocfcloud.aggregate.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.KafkaGroupOwnership;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.KafkaEventStore;
import dev.ocfcloud.model.AggregateId;
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
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import dev.ocfcloud.model.wire.EventCodec;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Two aggregate instances share the partitions through a consumer group. One stops in the middle
 * of the load; the other takes its partitions over. The log afterwards holds every accepted
 * decision exactly once: per aggregate, versions 1, 2, 3, … with nothing lost and nothing twice.
 */
@EmbeddedKafka
@VertxTest
class KafkaAggregateIT {
    private static final int PARTITIONS = 8;
    private static final int DEVICES = 20;
    private static final int REPORTS_PER_DEVICE = 30;
    private static final OwnerId OWNER = OwnerId.of("alice");
    private static final ResourceHref LIGHT = ResourceHref.of("/light/1");

    private final KafkaCluster kafka;
    private final EventLogConfig log;

    KafkaAggregateIT(KafkaCluster kafka) {
        this.kafka = kafka;
        String topic = "events-" + UUID.randomUUID();
        kafka.createTopic(topic, PARTITIONS);
        this.log = EventLogConfig.of(kafka.bootstrapServers()).withTopic(topic).withPartitions(PARTITIONS);
    }

    @Test
    void anInstanceStoppingMidLoadLosesAndDuplicatesNothing(Vertx vertx) throws Exception {
        String first = await(vertx.deployVerticle(aggregate()));
        await(vertx.deployVerticle(aggregate()));
        AggregateClient client = new AggregateClient(vertx, new DevicePartitioner(PARTITIONS), Duration.ofSeconds(10));
        List<DeviceId> devices = IntStream.range(0, DEVICES)
                .mapToObj(i -> DeviceId.of(UUID.randomUUID().toString()))
                .toList();
        for (DeviceId device : devices) {
            await(sendUntilDone(vertx, client, new RegisterDevice(device, OWNER, CorrelationId.random())));
            await(sendUntilDone(vertx, client, publish(device)));
        }

        AtomicInteger sent = new AtomicInteger();
        List<Future<CommandResult>> load = new ArrayList<>();
        for (int round = 0; round < REPORTS_PER_DEVICE; round++) {
            for (DeviceId device : devices) {
                load.add(sendUntilDone(vertx, client, report(device, round)));
            }
            if (round == REPORTS_PER_DEVICE / 3) {
                await(vertx.undeploy(first)); // one instance goes away while commands are in flight
            }
            sent.incrementAndGet();
        }
        await(Future.all(load));

        Map<AggregateId, List<Long>> versions = versionsInLog();
        for (DeviceId device : devices) {
            AggregateId light = AggregateId.ofResource(new ResourceId(device, LIGHT));
            // Reports arrive in any order and a retried report may change the value again, so a
            // resource can have more events than reports; what must hold is 1, 2, 3, … with no gap
            // and no repeat.
            List<Long> resourceVersions = versions.get(light);
            assertThat(resourceVersions).as("versions of %s", light).hasSizeGreaterThanOrEqualTo(REPORTS_PER_DEVICE);
            assertThat(resourceVersions).containsExactlyElementsOf(LongRange.oneTo(resourceVersions.size()));
            assertThat(versions.get(AggregateId.ofDevice(device))).containsExactly(1L, 2L);
        }
    }

    private AggregateVerticle aggregate() {
        String prefix = "it-" + log.topic();
        return new AggregateVerticle(
                v -> new KafkaEventStore(v, log, prefix, Duration.ofSeconds(10)),
                v -> new KafkaGroupOwnership(v, log, prefix + "-owners", Duration.ofSeconds(6)),
                ShardLimits.DEFAULTS,
                Clock.systemUTC());
    }

    /** Sends until the answer is no retryable refusal, pausing between tries; fails on a final refusal. */
    private static Future<CommandResult> sendUntilDone(Vertx vertx, AggregateClient client, Command command) {
        Promise<CommandResult> done = Promise.promise();
        attempt(vertx, client, command, done, 0);
        return done.future();
    }

    private static void attempt(
            Vertx vertx, AggregateClient client, Command command, Promise<CommandResult> done, int tries) {
        client.send(command)
                .onSuccess(result -> {
                    if (result instanceof CommandResult.Rejected rejected
                            && rejected.error().retryable()
                            && tries < 2_400) {
                        vertx.setTimer(50, t -> attempt(vertx, client, command, done, tries + 1));
                    } else if (result instanceof CommandResult.Rejected rejected) {
                        done.fail(rejected.error().toException());
                    } else {
                        done.complete(result);
                    }
                })
                .onFailure(done::fail);
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
                ResourceContent.ocfCbor(new byte[] {(byte) 0xa1, 0x61, 'v', 0x18, (byte) value}),
                OperationStatus.OK);
    }

    private Map<AggregateId, List<Long>> versionsInLog() {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "isolation.level", "read_committed",
                "enable.auto.commit", "false");
        Map<AggregateId, List<Long>> versions = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
                    .mapToObj(p -> new TopicPartition(log.topic(), p))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope event = EventCodec.decode(record.value());
                    versions.computeIfAbsent(event.aggregateId(), a -> new ArrayList<>())
                            .add(event.version());
                }
            }
        }
        return versions;
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    private static final class LongRange {
        static List<Long> oneTo(long last) {
            return java.util.stream.LongStream.rangeClosed(1, last).boxed().toList();
        }
    }
}
