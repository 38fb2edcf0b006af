package dev.ocfcloud.gateway.coap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.testkit.InteropCaptures;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames the decoder must refuse, and what it holds and does afterwards. */
class MalformedFramesTest {
    private final List<DecodeResult> results = new ArrayList<>();
    private final CoapDecoder decoder = new CoapDecoder(1152, results::add);

    @Test
    void rejectsFrameLargerThanMaxMessageSizeBeforeBufferingItsBody() {
        // Len 15 with extension 0x7fffffff: about 2 GB declared, then the code and an 8-byte token.
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("f87fffffff02" + "0102030405060708")));

        assertThat(results).singleElement().isInstanceOfSatisfying(Malformed.class, malformed -> {
            assertThat(malformed.reason()).isEqualTo(MalformedReason.FRAME_TOO_LARGE);
            assertThat(malformed.token()).contains(Token.fromHex("0102030405060708"));
            assertThat(malformed.code()).contains(CoapCode.of(0, 2));
        });
        assertThat(decoder.bufferedBytes()).isZero();
        assertThat(decoder.isFailed()).isTrue();
    }

    @Test
    void acceptsAFrameOfExactlyMaxMessageSizeAndRejectsOneByteMore() {
        byte[] fits = frameOfSize(1152);
        byte[] tooLarge = frameOfSize(1153);

        decoder.handle(Buffer.buffer(fits));
        decoder.handle(Buffer.buffer(tooLarge));

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(Decoded.class);
        assertThat(((Malformed) results.get(1)).reason()).isEqualTo(MalformedReason.FRAME_TOO_LARGE);
    }

    @Test
    void maxMessageSizeChangedAtRuntimeAppliesToTheNextFrame() {
        decoder.maxMessageSize(8192);
        decoder.handle(Buffer.buffer(frameOfSize(4000)));
        decoder.maxMessageSize(2000);
        decoder.handle(Buffer.buffer(frameOfSize(4000)));

        assertThat(results.get(0)).isInstanceOf(Decoded.class);
        assertThat(((Malformed) results.get(1)).reason()).isEqualTo(MalformedReason.FRAME_TOO_LARGE);
    }

    @Test
    void holdsNoMoreThanTheFrameInProgressWhileWaitingForTheRest() {
        byte[] signUp = InteropCaptures.bytes(InteropCaptures.PLAIN_PASSIVE);

        decoder.handle(Buffer.buffer().appendBytes(signUp, 0, 100));

        assertThat(results).isEmpty();
        assertThat(decoder.bufferedBytes()).isEqualTo(138 - 11).isLessThanOrEqualTo(1152);
    }

    @Test
    void emptyMessageWithATokenIsMalformed() {
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("0100aa")));

        assertThat(((Malformed) results.get(0)).reason()).isEqualTo(MalformedReason.EMPTY_MESSAGE_NOT_EMPTY);
    }

    @Test
    void emptyMessageWithOptionsIsMalformedBeforeItsBodyIsRead() {
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("1000")));

        assertThat(((Malformed) results.get(0)).reason()).isEqualTo(MalformedReason.EMPTY_MESSAGE_NOT_EMPTY);
    }

    @Test
    void staysFailedAndSilentAfterAMalformedFrame() {
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("09" + "e2")));
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("00e2" + "00e2")));

        assertThat(results).singleElement().isInstanceOf(Malformed.class);
        assertThat(decoder.isFailed()).isTrue();
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void framesBeforeTheMalformedOneAreStillDelivered() {
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("00e2" + "1045ff" + "00e2")));

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(Decoded.class);
        assertThat(((Malformed) results.get(1)).reason()).isEqualTo(MalformedReason.PAYLOAD_MARKER_WITHOUT_PAYLOAD);
    }

    @Test
    void diagnosticNamesTheRuleAndTheDetail() {
        decoder.handle(Buffer.buffer(HexFormat.of().parseHex("0c")));

        assertThat(((Malformed) results.get(0)).diagnostic())
                .contains("RFC 8323 §3.2")
                .contains("TKL 12");
    }

    /** A 2.05 whose whole frame, header included, is {@code size} bytes. */
    static byte[] frameOfSize(int size) {
        byte[] payload = new byte[size - 4 - 1];
        Arrays.fill(payload, (byte) 'x');
        byte[] frame = Decoding.encode(
                CoapResponse.of(Token.EMPTY, ResponseCode.CONTENT).withPayload(payload));
        assertThat(frame).hasSize(size);
        return frame;
    }
}
