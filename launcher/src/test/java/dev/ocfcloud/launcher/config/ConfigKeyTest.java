package dev.ocfcloud.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeyTest {
    @Test
    void derivesTheEnvironmentVariableFromTheDottedCamelCasePath() {
        assertThat(new ConfigKey("gateway.coapTcpPort", "", "").envVar()).isEqualTo("OCF_GATEWAY_COAP_TCP_PORT");
        assertThat(new ConfigKey("kafka.bootstrapServers", "", "").envVar()).isEqualTo("OCF_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(new ConfigKey("dataDir", "", "").envVar()).isEqualTo("OCF_DATA_DIR");
        assertThat(new ConfigKey("roles", "", "").envVar()).isEqualTo("OCF_ROLES");
    }

    @Test
    void everyKeyHasItsOwnPathAndVariable() {
        assertThat(ConfigKeys.ALL).extracting(ConfigKey::path).doesNotHaveDuplicates();
        assertThat(ConfigKeys.ALL).extracting(ConfigKey::envVar).doesNotHaveDuplicates();
    }
}
