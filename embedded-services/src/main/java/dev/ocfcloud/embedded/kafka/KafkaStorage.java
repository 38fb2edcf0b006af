package dev.ocfcloud.embedded.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * The broker's log directory: formatted once, on first start, exactly as {@code kafka-storage.sh
 * format --standalone} would; afterwards its {@code meta.properties} keeps the cluster id.
 */
final class KafkaStorage {
    private static final String META_PROPERTIES = "meta.properties";

    private KafkaStorage() {}

    static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve(META_PROPERTIES));
    }

    /** Formats {@code logDir} for a new cluster with a fresh id and returns that id. */
    static String format(Path logDir, Properties serverProperties) throws IOException {
        Files.createDirectories(logDir);
        String clusterId = Uuid.randomUuid().toString();
        // The tool reads its configuration from a file only; it is deleted right after.
        Path configFile = Files.createTempFile("ocf-kafka-format", ".properties");
        try {
            try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                serverProperties.store(out, "single-node KRaft broker, for formatting only");
            }
            runFormat(clusterId, configFile);
        } finally {
            Files.deleteIfExists(configFile);
        }
        return clusterId;
    }

    private static void runFormat(String clusterId, Path configFile) {
        String[] args = {"format", "--cluster-id", clusterId, "--config", configFile.toString(), "--standalone"};
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(args, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting the Kafka log directory failed: " + e.getMessage(), e);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed (status " + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** The cluster id stored in a formatted log directory. */
    static String clusterId(Path logDir) {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(logDir.resolve(META_PROPERTIES), StandardCharsets.UTF_8)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + logDir.resolve(META_PROPERTIES), e);
        }
        String clusterId = meta.getProperty("cluster.id");
        if (clusterId == null) {
            throw new IllegalStateException(logDir.resolve(META_PROPERTIES) + " holds no cluster.id");
        }
        return clusterId;
    }
}
