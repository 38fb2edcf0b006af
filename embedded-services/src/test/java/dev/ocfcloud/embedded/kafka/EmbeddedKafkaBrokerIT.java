package dev.ocfcloud.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.embedded.LoopbackPorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {
    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameFolderKeepsClusterIdTopicsAndRecords() throws Exception {
        String clusterId;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            clusterId = broker.clusterId();
            assertThat(clusterIdSeenByClients(broker)).isEqualTo(clusterId);
            KafkaTopicCreator.createMissing(
                    broker.bootstrapServers(), List.of(TopicSpec.of("kept", 2)), Duration.ofSeconds(30));
            send(broker, "kept", "device-1", "hello");
        }
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(dataDir, 0)) {
            assertThat(again.clusterId()).isEqualTo(clusterId);
            assertThat(clusterIdSeenByClients(again)).isEqualTo(clusterId);
            assertThat(readAll(again, "kept", 1)).containsExactly("device-1=hello");
        }
    }

    @Test
    void listensOnTheGivenPortOfTheLoopbackAddress() throws Exception {
        int port = LoopbackPorts.free();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(broker.port()).isEqualTo(port);
            assertThat(clusterIdSeenByClients(broker)).isEqualTo(broker.clusterId());
        }
    }

    @Test
    void doesNotCreateTopicsOnFirstUse() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
                KafkaProducer<String, String> producer =
                        new KafkaProducer<>(producerConfig(broker, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500)))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never-created", "k", "v"))
                            .get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("never-created");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).doesNotContain("never-created");
            }
        }
    }

    @Test
    void explainsWhyItCannotStartWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(dataDir, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The embedded Kafka broker could not start on 127.0.0.1:"
                            + taken.getLocalPort() + " with data in " + dataDir)
                    .hasMessageContaining("Address already in use");
        }
    }

    @Test
    void aSecondBrokerCannotUseTheSameFolder() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The Kafka data folder " + dataDir + " is in use by another embedded broker in this"
                            + " process");
            assertThat(clusterIdSeenByClients(first)).isEqualTo(first.clusterId());
        }
    }

    @Test
    void closeTwiceIsHarmless() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        broker.close();
        broker.close();
        assertThat(KafkaStorage.isFormatted(dataDir)).isTrue();
    }

    private static String clusterIdSeenByClients(EmbeddedKafkaBroker broker)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get();
        }
    }

    private static void send(EmbeddedKafkaBroker broker, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(broker, Map.of()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> producerConfig(EmbeddedKafkaBroker broker, Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        config.putAll(extra);
        return config;
    }

    private static List<String> readAll(EmbeddedKafkaBroker broker, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
