package dev.ocfcloud.gateway.coap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid streams, damaged: whatever comes out is a well-formed message or a {@link Malformed}, never an
 * exception; the decoder never holds more than the Max-Message-Size; and every message it does
 * deliver is exactly the bytes it consumed (one encoding per message).
 */
class MutationTest {
    private static final int MAX_MESSAGE_SIZE = 1200;

    static Stream<Arguments> vectors() {
        return AllVectors.named().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void flippingAnyBitGivesMessagesOrMalformedNeverAnException(String name, byte[] bytes) {
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] mutated = bytes.clone();
            mutated[bit / 8] ^= (byte) (1 << (bit % 8));
            assertDecodesSafely(mutated);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void truncatingAnywhereDeliversOnlyTheCompleteFramesBeforeTheCut(String name, byte[] bytes) {
        List<DecodeResult> whole = Decoding.whole(bytes);

        for (int length = 0; length < bytes.length; length++) {
            List<DecodeResult> truncated = Decoding.whole(Arrays.copyOf(bytes, length));
            assertThat(truncated).hasSizeLessThan(whole.size());
            assertThat(whole.subList(0, truncated.size())).isEqualTo(truncated);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void lyingAboutTheFrameLengthNeverThrowsNorOverBuffers(String name, byte[] bytes) {
        long[] lies = {0, 1, 2, 5, 12, 13, 100, 268, 269, 1000, 65804, 65805, 0xFFFFFFFFL + 65805};
        for (long lie : lies) {
            assertDecodesSafely(withDeclaredLength(bytes, lie));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void overwritingAnyByteWithReservedNibblesNeverThrows(String name, byte[] bytes) {
        int[] replacements = {0x0F, 0xF0, 0xFF, 0xD9, 0xEF, 0x09};
        for (int position = 0; position < bytes.length; position++) {
            for (int replacement : replacements) {
                byte[] mutated = bytes.clone();
                mutated[position] = (byte) replacement;
                assertDecodesSafely(mutated);
            }
        }
    }

    /** The first frame of {@code bytes} with its Len/extension rewritten to declare {@code length}. */
    static byte[] withDeclaredLength(byte[] bytes, long length) {
        int nibble = ExtendedLength.frameNibble(length);
        int extension = ExtendedLength.extensionBytes(nibble);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(nibble << 4 | (bytes[0] & 0x0F));
        for (int i = extension - 1; i >= 0; i--) {
            out.write((int) ((length - ExtendedLength.offset(nibble)) >>> (8 * i)));
        }
        int skip = 1 + ExtendedLength.extensionBytes((bytes[0] & 0xFF) >>> 4);
        out.write(bytes, skip, bytes.length - skip);
        return out.toByteArray();
    }

    private static void assertDecodesSafely(byte[] bytes) {
        List<DecodeResult> results = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(MAX_MESSAGE_SIZE, results::add);
        for (int position = 0; position < bytes.length; position += 7) {
            decoder.handle(Buffer.buffer().appendBytes(bytes, position, Math.min(7, bytes.length - position)));
            assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(MAX_MESSAGE_SIZE);
        }
        assertThat(results).allMatch(result -> result instanceof Decoded || result instanceof Malformed);
        assertThat(results.stream().filter(Malformed.class::isInstance)).hasSizeLessThanOrEqualTo(1);
        assertThat(decoder.isFailed()).isEqualTo(!results.isEmpty() && results.getLast() instanceof Malformed);
        byte[] reencoded = reencoded(results);
        assertThat(reencoded.length).isLessThanOrEqualTo(bytes.length);
        assertThat(Arrays.copyOf(bytes, reencoded.length)).isEqualTo(reencoded);
    }

    private static byte[] reencoded(List<DecodeResult> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (DecodeResult result : results) {
            if (result instanceof Decoded(CoapMessage message)) {
                out.writeBytes(Decoding.encode(message));
            }
        }
        return out.toByteArray();
    }
}
