package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.config.EventLogConfig;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.wire.EventCodec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one partition from its start to its last stable offset (read_committed), on a worker
 * thread, handing batches of decoded events to the caller's context in log order. A record that
 * cannot be decoded fails the replay: the log is the source of truth and is never skipped over.
 */
final class PartitionReplay {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final EventLogConfig log;
    private final int partition;

    PartitionReplay(Vertx vertx, EventLogConfig log, int partition) {
        this.vertx = vertx;
        this.log = log;
        this.partition = partition;
    }

    Future<Long> run(Consumer<List<EventEnvelope>> sink) {
        Context caller = vertx.getOrCreateContext();
        return vertx.executeBlocking(() -> readAll(batch -> caller.runOnContext(v -> sink.accept(batch))), false)
                // The batches were queued on the caller's context before this completion: hop there
                // too, so the replay completes only after the sink has seen them all.
                .compose(count -> Future.future(done -> caller.runOnContext(v -> done.complete(count))));
    }

    private long readAll(Consumer<List<EventEnvelope>> sink) {
        TopicPartition topicPartition = new TopicPartition(log.topic(), partition);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(topicPartition));
            consumer.seekToBeginning(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition)).get(topicPartition);
            long count = 0;
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (consumer.position(topicPartition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "replay of partition " + partition + " stalled before offset " + end);
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                List<EventEnvelope> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    batch.add(EventCodec.decode(record.value()));
                }
                if (!batch.isEmpty()) {
                    sink.accept(batch);
                    count += batch.size();
                    deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
                }
            }
            return count;
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(log.clientProperties());
        config.put("bootstrap.servers", log.bootstrapServers());
        config.put("isolation.level", "read_committed");
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.putIfAbsent("max.poll.records", "5000");
        config.putIfAbsent("client.id", "ocf-aggregate-replay-" + partition);
        return config;
    }
}
