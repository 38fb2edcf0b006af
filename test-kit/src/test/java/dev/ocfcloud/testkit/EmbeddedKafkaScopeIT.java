package dev.ocfcloud.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs sample classes in their own test run, to see which broker each got and that it stopped. */
class EmbeddedKafkaScopeIT {
    private static final Map<String, KafkaCluster> SEEN = new ConcurrentHashMap<>();

    @Test
    void sharedClassesUseOneBrokerAndOthersGetTheirOwn() {
        SEEN.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(
                        selectClass(SharedSampleA.class),
                        selectClass(SharedSampleB.class),
                        selectClass(OwnSampleA.class),
                        selectClass(OwnSampleB.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(4).failed(0));

        assertThat(SEEN.get("sharedA").clusterId())
                .isEqualTo(SEEN.get("sharedB").clusterId());
        assertThat(SEEN.get("ownA").clusterId())
                .isNotEqualTo(SEEN.get("ownB").clusterId())
                .isNotEqualTo(SEEN.get("sharedA").clusterId());
        for (KafkaCluster cluster : SEEN.values()) {
            assertThat(accepts(cluster)).as("%s stopped after the run", cluster).isFalse();
        }
    }

    private static boolean accepts(KafkaCluster cluster) {
        List<String> hostAndPort = List.of(cluster.bootstrapServers().split(":"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort.get(0), Integer.parseInt(hostAndPort.get(1))), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @EmbeddedKafka(shared = true)
    static class SharedSampleA {
        @Test
        void records(KafkaCluster kafka) {
            SEEN.put("sharedA", kafka);
        }
    }

    @EmbeddedKafka(shared = true)
    static class SharedSampleB {
        @Test
        void records(KafkaCluster kafka) {
            SEEN.put("sharedB", kafka);
        }
    }

    @EmbeddedKafka
    static class OwnSampleA {
        @Test
        void records(KafkaCluster kafka) {
            SEEN.put("ownA", kafka);
        }
    }

    @EmbeddedKafka
    static class OwnSampleB {
        @Test
        void records(KafkaCluster kafka) {
            SEEN.put("ownB", kafka);
        }
    }
}
