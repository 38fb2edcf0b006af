package dev.ocfcloud.model.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.DeviceId;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.RepeatedTest;

class DevicePartitionerTest {

    @RepeatedTest(50)
    void agreesWithKafkasDefaultPartitionerForTheKey() {
        DeviceId device = DeviceId.of(UUID.randomUUID().toString());
        int expected = Utils.toPositive(Utils.murmur2(DevicePartitioner.keyOf(device))) % 16;
        assertThat(new DevicePartitioner(16).partitionOf(device)).isEqualTo(expected);
    }
}
