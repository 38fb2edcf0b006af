package dev.ocfcloud.launcher.config;

import java.util.List;
import java.util.Objects;

/**
 * How this process joins the others of the cloud: a clustered Vert.x event bus over the Hazelcast
 * cluster manager, members found by a TCP list or Kubernetes discovery.
 *
 * @param enabled whether to cluster at all; off, the process is a whole cloud on its own
 * @param name the cluster name: processes with the same name join each other
 * @param host the address this process binds and announces (Hazelcast and the event bus)
 * @param port the Hazelcast member port
 * @param members the members to join ({@code host:port}); empty with Kubernetes discovery
 * @param eventBusPort the clustered event bus port; 0 for a free one
 * @param kubernetesServiceDns when set, Kubernetes DNS discovery through this headless service
 */
public record ClusterSettings(
        boolean enabled,
        String name,
        String host,
        int port,
        List<String> members,
        int eventBusPort,
        String kubernetesServiceDns) {
    public ClusterSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kubernetesServiceDns, "kubernetesServiceDns");
        members = List.copyOf(members);
    }

    public static ClusterSettings standalone() {
        return new ClusterSettings(false, "ocf-cloud", "127.0.0.1", 5701, List.of(), 0, "");
    }
}
