package dev.ocfcloud.launcher.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import dev.ocfcloud.launcher.config.ClusterSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * The Vert.x instance of a process: standalone, or clustered with Hazelcast so the event bus spans
 * every process of the cloud (commands reach the shard owning a partition wherever it runs, and
 * gateway deliveries the process holding the device). Messages between processes travel as CBOR
 * (the shared-model codecs).
 */
public final class VertxInstances {
    private VertxInstances() {}

    public static Future<Vertx> create(ClusterSettings cluster) {
        if (!cluster.enabled()) {
            return Future.succeededFuture(Vertx.vertx());
        }
        VertxOptions options = new VertxOptions()
                .setEventBusOptions(new EventBusOptions()
                        .setHost(cluster.host())
                        .setPort(cluster.eventBusPort())
                        .setClusterPublicHost(cluster.host()));
        return Vertx.builder()
                .with(options)
                .withClusterManager(new HazelcastClusterManager(hazelcast(cluster)))
                .buildClustered();
    }

    static Config hazelcast(ClusterSettings cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(cluster.host());
        network.setPublicAddress(cluster.host() + ":" + cluster.port());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        if (cluster.kubernetesServiceDns().isBlank()) {
            join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members());
        } else {
            join.getKubernetesConfig().setEnabled(true).setProperty("service-dns", cluster.kubernetesServiceDns());
        }
        return config;
    }
}
