package dev.ocfcloud.testkit;

import dev.ocfcloud.embedded.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An embedded broker in a temporary folder, both removed on close. Held in a JUnit store. */
final class TestBroker implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final Path folder;
    private final KafkaCluster cluster;

    private TestBroker(EmbeddedKafkaBroker broker, Path folder) {
        this.broker = broker;
        this.folder = folder;
        this.cluster = new KafkaCluster(broker.bootstrapServers(), broker.clusterId());
    }

    static TestBroker start() {
        try {
            Path folder = Files.createTempDirectory("ocf-test-kafka-");
            return new TestBroker(EmbeddedKafkaBroker.start(folder, 0), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }

    KafkaCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws IOException {
        broker.close();
        deleteRecursively(folder);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
