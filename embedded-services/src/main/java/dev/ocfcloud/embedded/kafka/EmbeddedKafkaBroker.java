package dev.ocfcloud.embedded.kafka;

import dev.ocfcloud.embedded.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process, single-node Kafka cluster in KRaft mode: one {@link KafkaRaftServer} that is both
 * broker and controller, bound to 127.0.0.1, with its log directory under a given folder.
 *
 * <p>The folder is formatted on the first start only; later starts on the same folder find the
 * same cluster id, topics and records. The controller listener always takes a free port (nothing
 * outside this process talks to it); the broker listener takes the given port, or a free one for
 * port 0.
 *
 * <p><b>Threading:</b> {@link #start} and {@link #close} block for seconds (formatting, log
 * recovery, controller election, controlled shutdown). Call them before Vert.x starts, from a
 * shutdown hook, or inside {@code executeBlocking}; never on an event loop.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final LogDirLock lock;
    private final Path logDir;
    private final int port;
    private final String clusterId;
    private final Duration startupTime;
    private boolean closed;

    private EmbeddedKafkaBroker(
            KafkaRaftServer server, LogDirLock lock, Path logDir, int port, String clusterId, Duration startupTime) {
        this.server = server;
        this.lock = lock;
        this.logDir = logDir;
        this.port = port;
        this.clusterId = clusterId;
        this.startupTime = startupTime;
    }

    /**
     * Starts a broker on {@code logDir} (created and formatted if new) and returns once it accepts
     * clients. Blocking.
     *
     * @param logDir the broker's own folder: Kafka's log directory (and our lock file), nothing else
     * @param port the client port on 127.0.0.1, or 0 for a free one
     * @throws IOException if the folder cannot be created or formatted
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port) throws IOException {
        long started = System.nanoTime();
        LogDirLock lock = LogDirLock.acquire(logDir);
        try {
            return start(logDir, port, lock, started);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedKafkaBroker start(Path logDir, int port, LogDirLock lock, long started) throws IOException {
        int brokerPort = LoopbackPorts.orFree(port);
        Properties properties = SingleNodeBrokerProperties.of(logDir, brokerPort, LoopbackPorts.free());
        if (!KafkaStorage.isFormatted(logDir)) {
            String newId = KafkaStorage.format(logDir, properties);
            LOG.info("Formatted a new Kafka log directory {} for cluster {}", logDir, newId);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            startOrCleanUp(server);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded Kafka broker could not start on " + SingleNodeBrokerProperties.HOST + ":" + brokerPort
                            + " with data in " + logDir + ": " + rootCause(e).getMessage(),
                    e);
        }
        Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
        EmbeddedKafkaBroker broker =
                new EmbeddedKafkaBroker(server, lock, logDir, brokerPort, KafkaStorage.clusterId(logDir), startupTime);
        LOG.info(
                "Embedded Kafka broker up at {} (cluster {}, data {}) in {} ms",
                broker.bootstrapServers(),
                broker.clusterId,
                logDir,
                startupTime.toMillis());
        return broker;
    }

    private static void startOrCleanUp(KafkaRaftServer server) {
        try {
            // Returns once the broker is registered with the controller and unfenced.
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
    }

    private void releaseLock() {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the lock on {}: {}", logDir, e.getMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        // Bounded: a cause chain may loop.
        for (int depth = 0; depth < 20 && cause.getCause() != null; depth++) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The {@code bootstrap.servers} value for clients: {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return SingleNodeBrokerProperties.HOST + ":" + port;
    }

    /** The client port the broker listens on. */
    public int port() {
        return port;
    }

    /** The cluster id, stable across restarts on the same folder. */
    public String clusterId() {
        return clusterId;
    }

    /** The broker's log directory. */
    public Path logDir() {
        return logDir;
    }

    /** How long {@link #start} took, formatting included. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Shuts the broker down and waits until it has (controlled shutdown, logs flushed). Blocking. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        releaseLock();
        LOG.info(
                "Embedded Kafka broker at {} stopped in {} ms",
                bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
