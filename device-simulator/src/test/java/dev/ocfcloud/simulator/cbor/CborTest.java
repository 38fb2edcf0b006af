package dev.ocfcloud.simulator.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.gateway.coap.message.Payload;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CborTest {
    @Test
    void writesMapsAndArraysWithIndefiniteLengthAsTinycborDoes() {
        Map<String, Object> light = new LinkedHashMap<>();
        light.put("state", false);
        light.put("power", 0);
        light.put("name", "Light");

        // The real device's answer to GET /light/1 in plain-fake.log, byte for byte.
        assertThat(HexFormat.of().formatHex(Cbor.encode(light)))
                .isEqualTo("bf657374617465f465706f77657200646e616d65654c69676874ff");
        assertThat(Cbor.encode(List.of(1, 2))).containsExactly(0x9f, 0x01, 0x02, 0xff);
    }

    @Test
    void writesIntegersInTheirShortestForm() {
        assertThat(HexFormat.of().formatHex(Cbor.encode(Map.of("ins", 365012087L))))
                .isEqualTo("bf63696e731a15c1a477ff");
    }

    @Test
    void readsDefiniteAndIndefiniteMapsAlike() {
        Object definite = Cbor.decode(HexFormat.of().parseHex("a16965787069726573696e190e10"));
        Object indefinite = Cbor.decode(HexFormat.of().parseHex("bf6965787069726573696e190e10ff"));

        assertThat(definite).isEqualTo(Map.of("expiresin", 3600L)).isEqualTo(indefinite);
    }

    @Test
    void readsNumbersAsLongOrDouble() {
        Map<String, Object> map = Cbor.decodeMap(Payload.copyOf(Cbor.encode(Map.of("t", 21.5, "n", 7))));

        assertThat(map).containsEntry("t", 21.5).containsEntry("n", 7L);
    }

    @Test
    void refusesTruncatedTrailingOrNonMapInput() {
        assertThatThrownBy(() -> Cbor.decode(HexFormat.of().parseHex("bf6573")))
                .isInstanceOf(MalformedCborException.class);
        assertThatThrownBy(() -> Cbor.decode(HexFormat.of().parseHex("a000")))
                .isInstanceOf(MalformedCborException.class);
        assertThatThrownBy(() -> Cbor.decodeMap(Payload.copyOf(HexFormat.of().parseHex("9fff"))))
                .isInstanceOf(MalformedCborException.class);
        assertThat(Cbor.decodeMap(Payload.EMPTY)).isEmpty();
    }
}
