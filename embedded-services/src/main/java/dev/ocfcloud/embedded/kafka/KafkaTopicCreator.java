package dev.ocfcloud.embedded.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics an application needs when they are missing, on any Kafka cluster (embedded or
 * not). Existing topics are left as they are: their partition count is compared and a difference
 * is logged, never "fixed" (adding partitions would move keys to other partitions).
 *
 * <p><b>Threading:</b> blocking (Kafka Admin client round trips, bounded by the timeout); call it
 * before Vert.x starts or inside {@code executeBlocking}.
 */
public final class KafkaTopicCreator {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicCreator.class);

    private KafkaTopicCreator() {}

    /**
     * Creates those of {@code topics} that do not exist yet.
     *
     * @return the names of the topics this call created
     * @throws KafkaTopicException if the cluster cannot be reached in time or refuses a topic
     */
    public static List<String> createMissing(String bootstrapServers, Collection<TopicSpec> topics, Duration timeout) {
        int timeoutMillis = Math.toIntExact(timeout.toMillis());
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = await(admin.listTopics().names(), timeout, "listing topics");
            List<String> created = new ArrayList<>();
            for (TopicSpec topic : topics) {
                if (existing.contains(topic.name())) {
                    warnOnPartitionMismatch(admin, topic, timeout);
                } else if (create(admin, topic, timeout)) {
                    created.add(topic.name());
                }
            }
            return created;
        }
    }

    private static boolean create(Admin admin, TopicSpec topic, Duration timeout) {
        try {
            await(admin.createTopics(List.of(topic.toNewTopic())).all(), timeout, "creating topic " + topic.name());
            LOG.info("Created topic {} with {} partitions", topic.name(), topic.partitions());
            return true;
        } catch (KafkaTopicException e) {
            if (e.getCause() instanceof TopicExistsException) {
                // Another node created it between our listing and our request: fine.
                return false;
            }
            throw e;
        }
    }

    private static void warnOnPartitionMismatch(Admin admin, TopicSpec topic, Duration timeout) {
        TopicDescription description = await(
                admin.describeTopics(List.of(topic.name())).topicNameValues().get(topic.name()),
                timeout,
                "describing topic " + topic.name());
        int actual = description.partitions().size();
        if (actual != topic.partitions()) {
            LOG.warn(
                    "Topic {} exists with {} partitions, configured {}: keeping {}",
                    topic.name(),
                    actual,
                    topic.partitions(),
                    actual);
        }
    }

    private static <T> T await(KafkaFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaTopicException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaTopicException(what + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaTopicException(what + " was interrupted", e);
        }
    }
}
