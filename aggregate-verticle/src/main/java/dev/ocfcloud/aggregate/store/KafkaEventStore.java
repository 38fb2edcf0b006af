package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.config.EventLogConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.kafka.client.producer.KafkaProducer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ocf.events} in Kafka as the event store (DESIGN §2): one transactional producer per
 * partition, its {@code transactional.id} derived from the partition, so acquiring a partition
 * (initTransactions) fences the previous owner and aborts whatever it left open.
 */
public final class KafkaEventStore implements EventStore {
    private final Vertx vertx;
    private final EventLogConfig log;
    private final String transactionalIdPrefix;
    private final Duration transactionTimeout;

    /**
     * @param transactionalIdPrefix shared by every aggregate instance of one cloud: fencing works
     *     only between writers of the same transactional ids
     * @param transactionTimeout how long a dead owner's open transaction may hold back
     *     read_committed readers of its partition
     */
    public KafkaEventStore(Vertx vertx, EventLogConfig log, String transactionalIdPrefix, Duration transactionTimeout) {
        this.vertx = vertx;
        this.log = log;
        this.transactionalIdPrefix = transactionalIdPrefix;
        this.transactionTimeout = transactionTimeout;
    }

    @Override
    public Future<PartitionWriter> acquire(int partition) {
        // Building a Kafka client takes a while (JMX, metrics, first class loading): off the event loop.
        return vertx.executeBlocking(() -> new org.apache.kafka.clients.producer.KafkaProducer<>(
                        producerConfig(partition), new ByteArraySerializer(), new ByteArraySerializer()))
                .map(raw -> KafkaProducer.create(vertx, raw))
                .compose(producer -> producer.initTransactions()
                        .<PartitionWriter>map(v -> new KafkaPartitionWriter(vertx, log, partition, producer))
                        .recover(failure -> producer.close().transform(closed -> Future.failedFuture(failure))));
    }

    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }

    private Map<String, Object> producerConfig(int partition) {
        Map<String, Object> config = new HashMap<>(log.clientProperties());
        config.put("bootstrap.servers", log.bootstrapServers());
        config.put("transactional.id", transactionalIdPrefix + "-" + log.topic() + "-" + partition);
        config.put("enable.idempotence", "true");
        config.put("acks", "all");
        config.put("transaction.timeout.ms", Long.toString(transactionTimeout.toMillis()));
        config.putIfAbsent("linger.ms", "0");
        // Fail fast when the broker is away: callers get a retryable error instead of a hang.
        config.putIfAbsent("max.block.ms", "5000");
        config.putIfAbsent("request.timeout.ms", "5000");
        config.putIfAbsent("delivery.timeout.ms", "10000");
        config.putIfAbsent("buffer.memory", Integer.toString(8 * 1024 * 1024));
        config.putIfAbsent("client.id", transactionalIdPrefix + "-writer-" + partition);
        return config;
    }
}
