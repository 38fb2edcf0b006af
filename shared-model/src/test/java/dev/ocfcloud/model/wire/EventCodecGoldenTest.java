package dev.ocfcloud.model.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event's stored bytes are pinned by a golden file {@code golden/events/<type>.cbor.hex}. A
 * failure here means the wire contract of {@code ocf.events} changed: add a new type version
 * instead of editing a golden file.
 */
class EventCodecGoldenTest {

    static Stream<EventEnvelope> samples() {
        return EventSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void encodesExactlyAsTheGoldenFile(EventEnvelope sample) throws IOException {
        assertThat(HexFormat.of().formatHex(EventCodec.encode(sample))).isEqualTo(golden(sample.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesTheGoldenFileToTheSample(EventEnvelope sample) throws IOException {
        assertThat(EventCodec.decode(HexFormat.of().parseHex(golden(sample.type()))))
                .isEqualTo(sample);
    }

    @Test
    void everyEventTypeHasASample() {
        Set<String> sampled = new HashSet<>();
        samples().forEach(sample -> sampled.add(sample.type()));
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventTypes.names());
    }

    private static String golden(String type) throws IOException {
        String path = "/golden/events/" + type + ".cbor.hex";
        try (InputStream in = EventCodecGoldenTest.class.getResourceAsStream(path)) {
            assertThat(in).as("golden file %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }
}
