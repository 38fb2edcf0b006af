package dev.ocfcloud.embedded.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The server properties of a single-node KRaft cluster: one process that is both broker and
 * controller, listening on 127.0.0.1 only. Every internal topic has one replica, since there is
 * only one node to hold it.
 */
final class SingleNodeBrokerProperties {
    static final String HOST = "127.0.0.1";
    static final int NODE_ID = 1;

    private SingleNodeBrokerProperties() {}

    static Properties of(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        // A dynamic quorum (KIP-853), formatted with --standalone: this node is its only voter.
        p.put("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        putSingleReplicaDefaults(p);
        putApplicationDefaults(p);
        return p;
    }

    private static void putSingleReplicaDefaults(Properties p) {
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // 50 partitions each by default: fewer keep the first group and transaction quick to set up.
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.num.partitions", "10");
    }

    private static void putApplicationDefaults(Properties p) {
        // The application creates its topics with the partition count it needs.
        p.put("auto.create.topics.enable", "false");
        // One node, nobody else to wait for before the first rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default (128 MiB) is allocated on the heap at start; 16 MiB is plenty for compacting
        // the internal topics of one node and cuts the broker's resident heap by about 110 MiB.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
    }
}
