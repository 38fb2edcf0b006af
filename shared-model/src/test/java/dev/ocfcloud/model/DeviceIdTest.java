package dev.ocfcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @Test
    void acceptsTheNonConformantUuidsRealDevicesUse() {
        // iotivity-lite's generated di: variant nibble '5' is not RFC 9562, but it is what devices send.
        assertThat(DeviceId.parse("aded1776-0ebd-4772-534b-8becf3ebb367")).isPresent();
    }

    @Test
    void normalisesCase() {
        assertThat(DeviceId.of("ADED1776-0EBD-4772-534B-8BECF3EBB367"))
                .isEqualTo(DeviceId.of("aded1776-0ebd-4772-534b-8becf3ebb367"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "x",
                "aded1776-0ebd-4772-534b-8becf3ebb36",
                "aded1776-0ebd-4772-534b-8becf3ebb3677",
                "aded1776x0ebd-4772-534b-8becf3ebb367",
                "zded1776-0ebd-4772-534b-8becf3ebb367"
            })
    void rejectsWhatIsNotAUuid(String text) {
        assertThat(DeviceId.parse(text)).isEmpty();
        assertThatThrownBy(() -> DeviceId.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
