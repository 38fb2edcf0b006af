package dev.ocfcloud.gateway.coap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** However TCP cuts the stream, the decoder yields the same messages (RFC 8323 §3.2 framing). */
class ChunkingTest {

    static Stream<Arguments> vectors() {
        return AllVectors.named().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void splittingAtEveryOffsetYieldsTheSameResults(String name, byte[] bytes) {
        List<DecodeResult> whole = Decoding.whole(bytes);
        assertThat(whole).isNotEmpty().allMatch(Decoded.class::isInstance);

        for (int offset = 0; offset <= bytes.length; offset++) {
            assertThat(Decoding.splitAt(bytes, offset))
                    .as("split at %d", offset)
                    .isEqualTo(whole);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void oneByteAtATimeYieldsTheSameResults(String name, byte[] bytes) {
        assertThat(Decoding.inChunks(bytes, Decoding.LARGE, remaining -> 1)).isEqualTo(Decoding.whole(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void randomChunkSizesYieldTheSameResults(String name, byte[] bytes) {
        Random random = new Random(name.hashCode());
        List<DecodeResult> whole = Decoding.whole(bytes);

        for (int round = 0; round < 50; round++) {
            int largest = 1 + random.nextInt(64);
            assertThat(Decoding.inChunks(bytes, Decoding.LARGE, remaining -> 1 + random.nextInt(largest)))
                    .isEqualTo(whole);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void severalCopiesPackedInOneBufferYieldEachFrameInOrder(String name, byte[] bytes) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        for (int copy = 0; copy < 3; copy++) {
            packed.writeBytes(bytes);
        }
        List<DecodeResult> once = Decoding.whole(bytes);

        List<DecodeResult> thrice = Decoding.whole(packed.toByteArray());

        assertThat(thrice).hasSize(3 * once.size());
        for (int copy = 0; copy < 3; copy++) {
            assertThat(thrice.subList(copy * once.size(), (copy + 1) * once.size()))
                    .isEqualTo(once);
        }
    }
}
