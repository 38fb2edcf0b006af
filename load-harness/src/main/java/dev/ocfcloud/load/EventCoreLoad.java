package dev.ocfcloud.load;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.FixedOwnership;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.KafkaEventStore;
import dev.ocfcloud.directory.DirectoryVerticle;
import dev.ocfcloud.directory.store.InMemoryProjectionStore;
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
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * Load through the event core in one process: ResourceChanged commands → aggregate shards → Kafka
 * transactions (embedded broker, in this process) → directory projection. Prints commands per
 * second, the latency from sending a command to its event being queryable in the shadow
 * (p50/p99), and events per CPU-second of the whole process, broker included.
 *
 * <p>Run: {@code java -cp load-harness/target/load-harness.jar dev.ocfcloud.load.EventCoreLoad
 * [devices] [commands] [inFlight]}
 */
public final class EventCoreLoad {
    private static int PARTITIONS = 16;
    private static final OwnerId OWNER = OwnerId.of("load");
    private static final ResourceHref HREF = ResourceHref.of("/temperature/1");

    private final Vertx vertx;
    private final AggregateClient client;
    private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
    private final Histogram acknowledged = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
    private final ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicLong queryable = new AtomicLong();

    private EventCoreLoad(Vertx vertx) {
        this.vertx = vertx;
        this.client = new AggregateClient(vertx, new DevicePartitioner(PARTITIONS), Duration.ofSeconds(30));
    }

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        PARTITIONS = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        Path data = Files.createTempDirectory("ocf-load-kafka");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, 0)) {
            KafkaTopicCreator.createMissing(
                    broker.bootstrapServers(), List.of(TopicSpec.of("ocf.events", PARTITIONS)), Duration.ofSeconds(30));
            EventLogConfig log = EventLogConfig.of(broker.bootstrapServers()).withPartitions(PARTITIONS);
            Vertx vertx = Vertx.vertx();
            try {
                new EventCoreLoad(vertx).run(log, devices, commands, inFlight);
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private void run(EventLogConfig log, int devices, int commands, int inFlight) throws Exception {
        Set<Integer> all = Set.copyOf(IntStream.range(0, PARTITIONS).boxed().toList());
        await(vertx.deployVerticle(new AggregateVerticle(
                v -> new KafkaEventStore(v, log, "load", Duration.ofSeconds(10)),
                v -> new FixedOwnership(all),
                ShardLimits.DEFAULTS,
                Clock.systemUTC())));
        await(vertx.deployVerticle(new DirectoryVerticle(log, v -> new InMemoryProjectionStore(), Duration.ofSeconds(1))
                .onApplied(this::onQueryable)));
        List<DeviceId> ids = IntStream.range(0, devices)
                .mapToObj(i -> DeviceId.of(UUID.randomUUID().toString()))
                .toList();
        for (DeviceId id : ids) {
            retrying(new RegisterDevice(id, OWNER, CorrelationId.random()));
            retrying(new PublishResourceLinks(
                    id,
                    OWNER,
                    CorrelationId.random(),
                    "sensor",
                    0,
                    List.of(new ResourceLink(HREF, List.of("oic.r.temperature"), List.of("oic.if.s"), 3, 1))));
        }
        System.out.printf("warm-up: %d devices registered%n", devices);
        drive(ids, commands / 5, inFlight);
        latency.reset();
        acknowledged.reset();
        queryable.set(0);

        long cpuBefore = CpuClock.processCpuNanos();
        long started = System.nanoTime();
        long accepted = drive(ids, commands, inFlight);
        waitUntilQueryable(accepted);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (CpuClock.processCpuNanos() - cpuBefore) / 1e9;

        System.out.printf(
                "EventCoreLoad: %d devices, %d ResourceChanged commands, %d in flight, %d partitions%n",
                devices, accepted, inFlight, PARTITIONS);
        System.out.printf("  throughput      %,.0f commands/s (wall %.1f s)%n", accepted / seconds, seconds);
        System.out.printf(
                "  command → accepted   p50 %.1f ms  p99 %.1f ms%n",
                acknowledged.getValueAtPercentile(50) / 1e6, acknowledged.getValueAtPercentile(99) / 1e6);
        System.out.printf(
                "  command → queryable  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(99) / 1e6,
                latency.getMaxValue() / 1e6);
        System.out.printf(
                "  process CPU     %.1f s  →  %,.0f events per CPU-second (2 cores, broker in-process)%n",
                cpuSeconds, accepted / cpuSeconds);
    }

    private long drive(List<DeviceId> ids, int commands, int inFlight) throws Exception {
        AtomicLong accepted = new AtomicLong();
        Promise<Void> done = Promise.promise();
        AtomicLong next = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        vertx.runOnContext(v -> {
            for (int i = 0; i < inFlight; i++) {
                sendNext(ids, commands, next, finished, accepted, done);
            }
        });
        await(done.future());
        return accepted.get();
    }

    private void sendNext(
            List<DeviceId> ids,
            int commands,
            AtomicLong next,
            AtomicLong finished,
            AtomicLong accepted,
            Promise<Void> done) {
        long n = next.getAndIncrement();
        if (n >= commands) {
            return;
        }
        DeviceId device = ids.get((int) (n % ids.size()));
        CorrelationId correlation = CorrelationId.random();
        byte[] value = {(byte) 0xa1, 0x61, 't', 0x1a, (byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        sentAt.put(correlation.value(), System.nanoTime());
        client.send(new NotifyResourceChanged(
                        new ResourceId(device, HREF),
                        OWNER,
                        correlation,
                        ResourceContent.ocfCbor(value),
                        OperationStatus.OK))
                .onComplete(result -> {
                    if (result.succeeded() && result.result() instanceof CommandResult.Accepted) {
                        accepted.incrementAndGet();
                        Long sent = sentAt.get(correlation.value());
                        if (sent != null) {
                            acknowledged.recordValue(
                                    Math.min(System.nanoTime() - sent, acknowledged.getHighestTrackableValue()));
                        }
                    } else {
                        sentAt.remove(correlation.value());
                    }
                    if (finished.incrementAndGet() == commands) {
                        done.complete();
                    } else {
                        sendNext(ids, commands, next, finished, accepted, done);
                    }
                });
    }

    private void onQueryable(EventEnvelope event) {
        Long sent = sentAt.remove(event.correlationId().value());
        if (sent != null) {
            latency.recordValue(Math.min(System.nanoTime() - sent, latency.getHighestTrackableValue()));
            queryable.incrementAndGet();
        }
    }

    private void waitUntilQueryable(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (queryable.get() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    private void retrying(Command command) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            CommandResult result = await(client.send(command));
            if (result instanceof CommandResult.Accepted) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(25);
        }
        throw new IllegalStateException("not accepted: " + command);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    }
}
