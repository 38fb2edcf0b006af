package dev.ocfcloud.aggregate.store;

import dev.ocfcloud.model.config.EventLogConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ocf.events} in Kafka as the event store (DESIGN §2): one transactional producer per
 * partition, its {@code transactional.id} derived from the partition, so acquiring a partition
 * (initTransactions) fences the previous owner and aborts whatever it left open.
 *
 * <p>The producers are driven directly on a worker pool of this store rather than through the
 * Vert.x Kafka wrapper: a whole transaction (begin, one send per event, commit) is one blocking
 * task, which costs one thread hop per batch instead of two per record.
 */
public final class KafkaEventStore implements EventStore {
    private static final int WORKERS = 32;

    private final Vertx vertx;
    private final EventLogConfig log;
    private final String transactionalIdPrefix;
    private final Duration transactionTimeout;
    private final WorkerExecutor workers;

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
        this.workers = vertx.createSharedWorkerExecutor("ocf-event-store-" + transactionalIdPrefix, WORKERS);
    }

    @Override
    public Future<PartitionWriter> acquire(int partition) {
        return workers.executeBlocking(
                () -> {
                    KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                            producerConfig(partition), new ByteArraySerializer(), new ByteArraySerializer());
                    try {
                        producer.initTransactions();
                    } catch (RuntimeException e) {
                        producer.close(Duration.ZERO);
                        throw e;
                    }
                    return new KafkaPartitionWriter(vertx, workers, log, partition, producer);
                },
                false);
    }

    @Override
    public Future<Void> close() {
        return workers.close();
    }

    private Map<String, Object> producerConfig(int partition) {
        Map<String, Object> config = new HashMap<>(log.clientProperties());
        config.put("bootstrap.servers", log.bootstrapServers());
        config.put("transactional.id", transactionalIdPrefix + "-" + log.topic() + "-" + partition);
        config.put("enable.idempotence", "true");
        config.put("acks", "all");
        config.put("transaction.timeout.ms", Long.toString(transactionTimeout.toMillis()));
        // A transaction's records go out together when it commits (commit flushes), so lingering
        // costs no latency and packs a batch into one produce request.
        config.putIfAbsent("linger.ms", "100");
        config.putIfAbsent("batch.size", Integer.toString(256 * 1024));
        // Fail fast when the broker is away: callers get a retryable error instead of a hang.
        config.putIfAbsent("max.block.ms", "5000");
        config.putIfAbsent("request.timeout.ms", "5000");
        config.putIfAbsent("delivery.timeout.ms", "10000");
        config.putIfAbsent("buffer.memory", Integer.toString(8 * 1024 * 1024));
        config.putIfAbsent("client.id", transactionalIdPrefix + "-writer-" + partition);
        return config;
    }
}
