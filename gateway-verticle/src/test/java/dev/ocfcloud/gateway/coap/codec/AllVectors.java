package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.testkit.InteropCaptures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Every byte stream we hold as a vector: the RFC vectors and the three device captures. */
final class AllVectors {
    private AllVectors() {}

    static List<Arguments> named() {
        List<Arguments> vectors = new ArrayList<>();
        for (String name : HexVectors.names()) {
            vectors.add(Arguments.of(name, HexVectors.bytes(name)));
        }
        for (String capture :
                List.of(InteropCaptures.PLAIN_FAKE_RX, InteropCaptures.PLAIN_FAKE_TX, InteropCaptures.PLAIN_PASSIVE)) {
            vectors.add(Arguments.of(capture, InteropCaptures.bytes(capture)));
        }
        return vectors;
    }
}
