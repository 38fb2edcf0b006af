package dev.ocfcloud.model.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.model.event.EventEnvelope;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void readsKeysInAnyOrderAndIgnoresUnknownOnes() throws IOException {
        EventEnvelope sample = EventSamples.all().get(5);
        ObjectNode tree = (ObjectNode) CborMappers.mapper().readTree(EventCodec.encode(sample));
        ObjectNode reordered = CborMappers.mapper().createObjectNode();
        reordered.set("data", tree.get("data"));
        reordered.put("fromTheFuture", 1);
        tree.fieldNames().forEachRemaining(name -> {
            if (!name.equals("data")) {
                reordered.set(name, tree.get(name));
            }
        });

        assertThat(EventCodec.decode(CborMappers.mapper().writeValueAsBytes(reordered)))
                .isEqualTo(sample);
    }

    @Test
    void anUnknownTypeIsReportedAsSuch() throws IOException {
        ObjectNode tree = (ObjectNode) CborMappers.mapper()
                .readTree(EventCodec.encode(EventSamples.all().get(0)));
        tree.put("type", "device.teleported.v1");

        assertThatThrownBy(() -> EventCodec.decode(CborMappers.mapper().writeValueAsBytes(tree)))
                .isInstanceOfSatisfying(EventDecodingException.class, e -> {
                    assertThat(e.isUnknownType()).isTrue();
                    assertThat(e.eventType()).isEqualTo("device.teleported.v1");
                });
    }

    @Test
    void brokenBytesAreADecodingFailureNotAnotherException() {
        byte[] bytes = EventCodec.encode(EventSamples.all().get(2));
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> EventCodec.decode(truncated)).isInstanceOf(EventDecodingException.class);
        }
    }

    @Test
    void aResourceEventOnADeviceAggregateIsRejected() throws IOException {
        ObjectNode tree = (ObjectNode) CborMappers.mapper()
                .readTree(EventCodec.encode(EventSamples.all().get(5)));
        tree.remove("href");

        assertThatThrownBy(() -> EventCodec.decode(CborMappers.mapper().writeValueAsBytes(tree)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("does not belong");
    }
}
