package dev.ocfcloud.gateway.coap.codec;

import static dev.ocfcloud.gateway.coap.codec.Decoding.encode;
import static dev.ocfcloud.gateway.coap.codec.Decoding.single;
import static dev.ocfcloud.gateway.coap.codec.Decoding.singleMalformed;
import static dev.ocfcloud.gateway.coap.codec.HexVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7252 §3.1: option deltas and lengths with their extensions, the payload marker. */
class Rfc7252OptionsTest {

    @ParameterizedTest(name = "delta {0}")
    @ValueSource(ints = {12, 13, 268, 269, 65535})
    void optionDeltaBoundaryVectorDecodesToThatOptionNumberAndReencodesIdentically(int number) {
        byte[] frame = HexVectors.bytes("rfc7252-3.1-option-delta-" + number);

        CoapMessage message = single(frame);

        assertThat(message).isInstanceOf(CoapRequest.class);
        assertThat(message.options().size()).isEqualTo(1);
        assertThat(message.options().numberAt(0)).isEqualTo(number);
        assertThat(message.options().valueLengthAt(0)).isZero();
        assertThat(encode(message)).isEqualTo(frame);
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {12, 13, 268, 269})
    void optionLengthBoundaryVectorDecodesToThatValueAndReencodesIdentically(int length) {
        byte[] frame = HexVectors.bytes("rfc7252-3.1-option-length-" + length);

        CoapMessage message = single(frame);

        assertThat(message.options().uriPath()).containsExactly("a".repeat(length));
        assertThat(encode(message)).isEqualTo(frame);
    }

    @Test
    void deltasAccumulateAndRepeatedAndUnknownOptionsKeepTheirOrder() {
        Options options = Options.builder()
                .addString(OptionNumber.URI_QUERY, "b=2")
                .addString(OptionNumber.URI_PATH, "oic")
                .add(2052, new byte[] {7})
                .addString(OptionNumber.URI_PATH, "res")
                .addString(OptionNumber.URI_QUERY, "a=1")
                .build();
        CoapRequest request = new CoapRequest(Method.GET, Token.EMPTY, options, Payload.EMPTY);

        byte[] frame = encode(request);

        // 11 'oic', 11 'res' (delta 0), 15 'b=2' (delta 4), 15 'a=1', 2052 (delta 2037: e0 06 e8).
        assertThat(hex(frame)).endsWith("b36f696303726573" + "43623d32" + "03613d31" + "e106e807");
        CoapMessage decoded = single(frame);
        assertThat(decoded).isEqualTo(request);
        assertThat(decoded.options().uriQuery()).containsExactly("b=2", "a=1");
        assertThat(decoded.options().opaque(2052))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(7));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "OPTION_NUMBER_TOO_LARGE, 3001e0fef3",
        "OPTION_NUMBER_TOO_LARGE, 4001e0fef210",
        "OPTION_DELTA_RESERVED, 1001f0",
        "OPTION_DELTA_RESERVED, 2001f161",
        "OPTION_LENGTH_RESERVED, 10010f",
        "OPTION_LENGTH_RESERVED, 1001bf",
        "OPTION_HEADER_TRUNCATED, 1001d0",
        "OPTION_HEADER_TRUNCATED, 2001e000",
        "OPTION_HEADER_TRUNCATED, 1001bd",
        "OPTION_VALUE_TRUNCATED, 2001bd05",
        "OPTION_VALUE_TRUNCATED, 2001b561",
        "PAYLOAD_MARKER_WITHOUT_PAYLOAD, 1045ff",
        "PAYLOAD_MARKER_WITHOUT_PAYLOAD, 3001b161ff"
    })
    void brokenOptionsAreMalformedWithTheFramesTokenAndCode(MalformedReason reason, String hex) {
        byte[] frame = HexFormat.of().parseHex(hex);

        Malformed malformed = singleMalformed(frame);

        assertThat(malformed.reason()).isEqualTo(reason);
        assertThat(malformed.token()).contains(Token.EMPTY);
        assertThat(malformed.code()).isPresent();
    }

    @Test
    void markerIsReadAsPayloadStartNotAsAnOption() {
        CoapMessage message = single(HexFormat.of().parseHex("3045ffff00"));

        assertThat(message.options().isEmpty()).isTrue();
        assertThat(message.payload().bytes()).containsExactly(0xFF, 0x00);
    }
}
