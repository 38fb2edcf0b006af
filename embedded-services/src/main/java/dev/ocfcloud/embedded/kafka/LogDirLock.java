package dev.ocfcloud.embedded.kafka;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Our own lock on a broker's folder, taken before Kafka touches it. Kafka locks its log directory
 * too, but only once a second broker has half started, and its failure handling then halts the
 * whole JVM; this refuses the second broker up front with a plain exception.
 */
final class LogDirLock implements AutoCloseable {
    static final String FILE_NAME = "embedded-broker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LogDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LogDirLock acquire(Path logDir) throws IOException {
        Files.createDirectories(logDir);
        FileChannel channel =
                FileChannel.open(logDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(
                        "The Kafka data folder " + logDir + " is in use by another process (another ocf-cloud?)");
            }
            return new LogDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IllegalStateException(
                    "The Kafka data folder " + logDir + " is in use by another embedded broker in this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
