package dev.ocfcloud.embedded.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.ocfcloud.embedded.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process server speaking the MongoDB wire protocol (mongo-java-server), bound to 127.0.0.1.
 * Clients such as the Vert.x Mongo client connect to {@link #connectionString()}.
 *
 * <p>Two backends: an H2 MVStore file under a folder (the embedded default: data survives
 * restarts) or memory (tests). It implements a subset of MongoDB; it is not MongoDB, and real
 * MongoDB was not available to test against here.
 *
 * <p><b>Threading:</b> {@link #startOnFile}, {@link #startInMemory} and {@link #close} block
 * (file I/O, binding, shutting down its Netty threads); never call them on an event loop.
 */
public final class EmbeddedMongoStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoStore.class);
    static final String HOST = "127.0.0.1";
    /** The store's file inside the data folder. */
    public static final String FILE_NAME = "store.mv.db";

    private final MongoServer server;
    private final String description;
    private boolean closed;

    private EmbeddedMongoStore(MongoServer server, String description) {
        this.server = server;
        this.description = description;
    }

    /**
     * Starts a store persisted in {@code <dataDir>/store.mv.db} (created if missing).
     *
     * @param port the port on 127.0.0.1, or 0 for a free one
     */
    public static EmbeddedMongoStore startOnFile(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        return start(new H2Backend(file.toAbsolutePath().toString()), port, "H2 file " + file);
    }

    /** Starts a store that keeps everything in memory, on a free port. */
    public static EmbeddedMongoStore startInMemory() {
        return start(new MemoryBackend(), 0, "memory");
    }

    private static EmbeddedMongoStore start(MongoBackend backend, int port, String description) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, LoopbackPorts.orFree(port));
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        EmbeddedMongoStore store = new EmbeddedMongoStore(server, description);
        LOG.info("Embedded Mongo-wire store up at {} ({})", store.connectionString(), description);
        return store;
    }

    /** A MongoDB connection string for this store, e.g. {@code mongodb://127.0.0.1:27017}. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + port();
    }

    /** The port the store listens on. */
    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Stops listening, closes client connections and the backend (flushing the file). Blocking. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        LOG.info("Embedded Mongo-wire store ({}) stopped", description);
    }
}
