package dev.ocfcloud.gateway.coap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Drives a {@link CoapDecoder} over byte arrays the way a socket would, chunk by chunk. */
final class Decoding {
    static final int LARGE = 1 << 20;

    private Decoding() {}

    static List<DecodeResult> whole(byte[] bytes) {
        return inChunks(bytes, LARGE, remaining -> remaining);
    }

    static List<DecodeResult> splitAt(byte[] bytes, int offset) {
        List<DecodeResult> results = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(LARGE, results::add);
        decoder.handle(Buffer.buffer().appendBytes(bytes, 0, offset));
        decoder.handle(Buffer.buffer().appendBytes(bytes, offset, bytes.length - offset));
        return results;
    }

    /** Feeds {@code bytes} in chunks whose sizes {@code chunkSize} picks from the bytes remaining. */
    static List<DecodeResult> inChunks(byte[] bytes, int maxMessageSize, IntUnaryOperator chunkSize) {
        List<DecodeResult> results = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(maxMessageSize, results::add);
        int position = 0;
        while (position < bytes.length) {
            int size = Math.max(1, Math.min(chunkSize.applyAsInt(bytes.length - position), bytes.length - position));
            decoder.handle(Buffer.buffer().appendBytes(bytes, position, size));
            assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(maxMessageSize);
            position += size;
        }
        return results;
    }

    /** The one message {@code frame} holds, asserting it is well-formed. */
    static CoapMessage single(byte[] frame) {
        List<DecodeResult> results = whole(frame);
        assertThat(results).singleElement().isInstanceOf(Decoded.class);
        return ((Decoded) results.get(0)).message();
    }

    static List<CoapMessage> messages(List<DecodeResult> results) {
        assertThat(results).allMatch(Decoded.class::isInstance);
        return results.stream().map(result -> ((Decoded) result).message()).toList();
    }

    static Malformed singleMalformed(byte[] bytes) {
        List<DecodeResult> results = whole(bytes);
        assertThat(results).last().isInstanceOf(Malformed.class);
        return (Malformed) results.get(results.size() - 1);
    }

    static byte[] encode(CoapMessage message) {
        return CoapEncoder.encode(message).getBytes();
    }
}
