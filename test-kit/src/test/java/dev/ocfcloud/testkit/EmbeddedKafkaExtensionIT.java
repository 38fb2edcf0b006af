package dev.ocfcloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@EmbeddedKafka
class EmbeddedKafkaExtensionIT {
    private static KafkaCluster classBroker;

    @BeforeAll
    static void rememberTheClassBroker(KafkaCluster kafka) {
        classBroker = kafka;
    }

    @Test
    void producesAndConsumesARecord(KafkaCluster kafka) throws Exception {
        kafka.createTopic("plain", 3);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka, Map.of()))) {
            producer.send(new ProducerRecord<>("plain", "device-1", "on")).get(30, TimeUnit.SECONDS);
        }

        assertThat(read(kafka, "plain", "read_uncommitted", 1)).containsExactly("device-1=on");
    }

    @Test
    void readCommittedConsumerSeesCommittedTransactionsOnly(KafkaCluster kafka) throws Exception {
        kafka.createTopic("transactional", 2);
        Map<String, Object> transactional = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx-1");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka, transactional))) {
            producer.initTransactions();
            producer.beginTransaction();
            Future<RecordMetadata> aborted =
                    producer.send(new ProducerRecord<>("transactional", "device-1", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            Future<RecordMetadata> first =
                    producer.send(new ProducerRecord<>("transactional", "device-1", "committed-1"));
            Future<RecordMetadata> second =
                    producer.send(new ProducerRecord<>("transactional", "device-1", "committed-2"));
            producer.commitTransaction();
            assertThat(aborted.get(30, TimeUnit.SECONDS).offset())
                    .isLessThan(first.get(30, TimeUnit.SECONDS).offset());
            assertThat(second.get(30, TimeUnit.SECONDS).offset())
                    .isGreaterThan(first.get().offset());
        }

        assertThat(read(kafka, "transactional", "read_committed", 2))
                .containsExactly("device-1=committed-1", "device-1=committed-2");
    }

    @Test
    void everyTestOfTheClassGetsTheSameBroker(KafkaCluster kafka) {
        assertThat(kafka.bootstrapServers()).isEqualTo(classBroker.bootstrapServers());
        assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
    }

    @Nested
    class NestedClass {
        @Test
        void usesTheBrokerOfItsOuterClass(KafkaCluster kafka) {
            assertThat(kafka.clusterId()).isEqualTo(classBroker.clusterId());
        }
    }

    private static Map<String, Object> producerConfig(KafkaCluster kafka, Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        config.putAll(extra);
        return config;
    }

    /** Polls until {@code expected} records arrived, then a little longer to catch extra ones. */
    private static List<String> read(KafkaCluster kafka, String topic, String isolation, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + topic,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                isolation,
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
                poll(consumer, seen);
            }
            poll(consumer, seen);
        }
        return seen;
    }

    private static void poll(KafkaConsumer<String, String> consumer, List<String> seen) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
            seen.add(record.key() + "=" + record.value());
        }
    }
}
