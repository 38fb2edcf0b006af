package dev.ocfcloud.launcher.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import io.vertx.core.VertxOptions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayRoleTest {
    @Test
    void deploysOneInstancePerEventLoopByDefault() {
        assertThat(GatewayRole.instanceCount(config(Map.of()))).isEqualTo(VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE);
    }

    @Test
    void deploysTheConfiguredNumberOfInstances() {
        assertThat(GatewayRole.instanceCount(config(Map.of("OCF_GATEWAY_INSTANCES", "3"))))
                .isEqualTo(3);
    }

    @Test
    void deploysASingleInstanceOnAFreePort() {
        assertThat(GatewayRole.instanceCount(
                        config(Map.of("OCF_GATEWAY_INSTANCES", "3", "OCF_GATEWAY_COAP_TCP_PORT", "0"))))
                .isEqualTo(1);
    }

    private static CloudConfig config(Map<String, String> env) {
        return CloudConfigLoader.load(Optional.empty(), env);
    }
}
