package dev.ocfcloud.gateway.coap.codec;

import static dev.ocfcloud.gateway.coap.codec.Decoding.encode;
import static dev.ocfcloud.gateway.coap.codec.Decoding.single;
import static dev.ocfcloud.gateway.coap.codec.HexVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.EmptyMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.coap.message.UnrecognizedMessage;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8323 §3.2: the Len/TKL byte, the length extensions, code and token. */
class Rfc8323FramingTest {

    @ParameterizedTest(name = "Len {0}")
    @ValueSource(ints = {0, 12, 13, 268, 269})
    void lengthBoundaryVectorDecodesToTheDeclaredPayloadAndReencodesIdentically(int length) {
        byte[] frame = HexVectors.bytes("rfc8323-3.2-length-" + length);

        CoapMessage message = single(frame);

        assertThat(message).isInstanceOf(CoapResponse.class);
        assertThat(((CoapResponse) message).responseCode()).isEqualTo(ResponseCode.CONTENT);
        assertThat(message.token()).isEqualTo(Token.EMPTY);
        assertThat(message.options()).isEqualTo(Options.EMPTY);
        assertThat(message.payload()).isEqualTo(Payload.copyOf(counting(Math.max(0, length - 1))));
        assertThat(encode(message)).isEqualTo(frame);
    }

    @ParameterizedTest(name = "Len {0} has header {1}")
    @CsvSource({"65804, e0ffff", "65805, f000000000"})
    void largestTwoByteAndSmallestFourByteLengthsUseTheirExtensions(int length, String header) {
        CoapResponse response =
                CoapResponse.of(Token.EMPTY, ResponseCode.CONTENT).withPayload(counting(length - 1));

        byte[] frame = encode(response);

        assertThat(hex(Arrays.copyOf(frame, header.length() / 2 + 2))).isEqualTo(header + "45ff");
        assertThat(frame).hasSize(header.length() / 2 + 1 + length);
        assertThat(single(frame)).isEqualTo(response);
    }

    @ParameterizedTest(name = "Len {0} -> nibble {1}")
    @CsvSource({"12, 12", "13, 13", "268, 13", "269, 14", "65804, 14", "65805, 15"})
    void encoderPicksTheShortestLengthForm(int length, int nibble) {
        CoapResponse response =
                CoapResponse.of(Token.EMPTY, ResponseCode.CONTENT).withPayload(counting(length - 1));

        assertThat((encode(response)[0] & 0xFF) >>> 4).isEqualTo(nibble);
    }

    @Test
    void lengthCountsOptionsMarkerAndPayloadButNotTheToken() {
        CoapRequest request =
                CoapRequest.get(Token.fromHex("0102030405060708"), "/a").withPayload(new byte[] {9});

        // Len 4 = option header b1 + 'a' + marker + one payload byte; TKL 8 rides in the same byte.
        assertThat(hex(encode(request))).isEqualTo("4801" + "0102030405060708" + "b161" + "ff09");
    }

    @Test
    void emptyMessageDecodesAsTheKeepaliveToIgnore() {
        byte[] frame = HexVectors.bytes("rfc8323-3.4-empty");

        assertThat(single(frame)).isSameAs(EmptyMessage.INSTANCE);
        assertThat(encode(EmptyMessage.INSTANCE)).isEqualTo(frame);
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(strings = {"21", "61", "c1", "05", "1f", "e0", "e6", "ff"})
    void reservedAndUnassignedCodesArriveAsUnrecognizedMessagesAndDecodingGoesOn(String code) {
        byte[] frames = HexFormat.of().parseHex("21" + code + "aa" + "b161" + "0002" /* a 0.02 follows */);

        var results = Decoding.whole(Arrays.copyOf(frames, frames.length - 2));
        var both = Decoding.messages(Decoding.whole(frames));

        assertThat(Decoding.messages(results)).singleElement().isInstanceOf(UnrecognizedMessage.class);
        assertThat(both.get(0).code()).isEqualTo(CoapCode.of(Integer.parseInt(code, 16)));
        assertThat(both.get(0).options().uriPath()).containsExactly("a");
        assertThat(both.get(1)).isInstanceOf(CoapRequest.class);
        assertThat(encode(both.get(0))).isEqualTo(Arrays.copyOf(frames, frames.length - 2));
    }

    static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
