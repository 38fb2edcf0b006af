package dev.ocfcloud.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicSpecTest {
    @Test
    void leavesTheReplicationFactorToTheBrokerByDefault() {
        NewTopic topic = TopicSpec.of("ocf.events", 16).toNewTopic();

        assertThat(topic.numPartitions()).isEqualTo(16);
        assertThat(topic.replicationFactor()).isEqualTo((short) -1);
    }

    @Test
    void carriesReplicationAndTopicSettings() {
        NewTopic topic = new TopicSpec("t", 2, (short) 3, Map.of("retention.ms", "-1")).toNewTopic();

        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(Optional.ofNullable(topic.configs())).contains(Map.of("retention.ms", "-1"));
    }

    @Test
    void rejectsZeroPartitions() {
        assertThatThrownBy(() -> TopicSpec.of("t", 0)).hasMessageContaining("at least 1 partition");
    }

    @Test
    void rejectsAReplicationFactorOfZero() {
        assertThatThrownBy(() -> new TopicSpec("t", 1, (short) 0, Map.of())).hasMessageContaining("replication factor");
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> TopicSpec.of(" ", 1)).hasMessageContaining("blank");
    }
}
