package dev.ocfcloud.gateway.coap.codec;

import static dev.ocfcloud.gateway.coap.codec.Decoding.encode;
import static dev.ocfcloud.gateway.coap.codec.Decoding.single;
import static dev.ocfcloud.gateway.coap.codec.Decoding.singleMalformed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8323 §3.2 and RFC 7252 §3: TKL 0–8 are token lengths, 9–15 are reserved. */
class TokenLengthTest {

    @ParameterizedTest(name = "TKL {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void tokenOfEveryAllowedLengthDecodesAndReencodesIdentically(int length) {
        byte[] token = new byte[length];
        for (int i = 0; i < length; i++) {
            token[i] = (byte) (0xF1 + i);
        }
        byte[] frame =
                HexFormat.of().parseHex("0" + length + "01" + HexFormat.of().formatHex(token));

        CoapMessage message = single(frame);

        assertThat(message).isInstanceOf(CoapRequest.class);
        assertThat(message.token().bytes()).isEqualTo(token);
        assertThat(encode(message)).isEqualTo(frame);
    }

    @ParameterizedTest(name = "TKL {0}")
    @ValueSource(ints = {9, 10, 11, 12, 13, 14, 15})
    void reservedTokenLengthIsMalformedBeforeTheCodeIsRead(int length) {
        byte[] frame = HexFormat.of().parseHex("0" + Integer.toHexString(length) + "01" + "00".repeat(15));

        Malformed malformed = singleMalformed(frame);

        assertThat(malformed.reason()).isEqualTo(MalformedReason.TOKEN_LENGTH_RESERVED);
        assertThat(malformed.token()).isEmpty();
        assertThat(malformed.code()).isEmpty();
    }
}
