package dev.ocfcloud.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CloudAddressTest {
    @Test
    void parsesCoapTcpWithOrWithoutPort() {
        assertThat(CloudAddress.parse("coap+tcp://127.0.0.1:15683")).isEqualTo(new CloudAddress("127.0.0.1", 15683));
        assertThat(CloudAddress.parse("coap+tcp://cloud.example")).isEqualTo(new CloudAddress("cloud.example", 5683));
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> CloudAddress.parse("coaps+tcp://127.0.0.1:5684"))
                .hasMessageContaining("TLS");
        assertThatThrownBy(() -> CloudAddress.parse("http://127.0.0.1")).hasMessageContaining("coap+tcp");
    }
}
