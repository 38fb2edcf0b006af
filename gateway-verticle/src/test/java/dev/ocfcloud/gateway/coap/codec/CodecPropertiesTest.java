package dev.ocfcloud.gateway.coap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties over arbitrary messages and arbitrary bytes (STYLE.md, tests 3). */
class CodecPropertiesTest {

    @Provide
    Arbitrary<CoapMessage> messages() {
        return Messages.any();
    }

    @Provide
    Arbitrary<List<CoapMessage>> streams() {
        return Messages.any().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void decodingAnEncodedMessageGivesItBack(@ForAll("messages") CoapMessage message) {
        byte[] frame = Decoding.encode(message);

        assertThat(frame).hasSize(CoapEncoder.frameSize(message));
        assertThat(Decoding.single(frame)).isEqualTo(message);
    }

    @Property
    void encodedStreamsDecodeToTheSameMessagesInAnyChunking(
            @ForAll("streams") List<CoapMessage> messages, @ForAll @IntRange(min = 1, max = 600) int largestChunk) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        messages.forEach(message -> stream.writeBytes(Decoding.encode(message)));
        Random random = new Random(largestChunk);

        List<DecodeResult> results =
                Decoding.inChunks(stream.toByteArray(), Decoding.LARGE, remaining -> 1 + random.nextInt(largestChunk));

        assertThat(Decoding.messages(results)).isEqualTo(messages);
    }

    @Property(tries = 2000)
    void arbitraryBytesInArbitraryChunksNeverThrowNorOverBuffer(
            @ForAll @Size(max = 3000) byte[] bytes,
            @ForAll @IntRange(min = 1, max = 100) int chunk,
            @ForAll @IntRange(min = 2, max = 2000) int maxMessageSize) {
        List<DecodeResult> results = Decoding.inChunks(bytes, maxMessageSize, remaining -> chunk);

        assertThat(results.stream().filter(Malformed.class::isInstance)).hasSizeLessThanOrEqualTo(1);
    }

    @Property(tries = 2000)
    void anyFrameThatDecodesIsExactlyTheBytesItsMessageEncodesTo(
            @ForAll("messages") CoapMessage message,
            @ForAll @IntRange(min = 0, max = 2000) int position,
            @ForAll byte b) {
        byte[] frame = Decoding.encode(message);
        frame[position % frame.length] = b;

        List<DecodeResult> results = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(Decoding.LARGE, results::add);
        decoder.handle(Buffer.buffer(frame));

        ByteArrayOutputStream reencoded = new ByteArrayOutputStream();
        for (DecodeResult result : results) {
            if (result instanceof Decoded(CoapMessage decoded)) {
                reencoded.writeBytes(Decoding.encode(decoded));
            }
        }
        assertThat(reencoded.size()).isLessThanOrEqualTo(frame.length);
        assertThat(reencoded.toByteArray()).isEqualTo(Arrays.copyOf(frame, reencoded.size()));
    }
}
