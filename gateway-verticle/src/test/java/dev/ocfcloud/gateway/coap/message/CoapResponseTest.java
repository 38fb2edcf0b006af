package dev.ocfcloud.gateway.coap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CoapResponseTest {

    @Test
    void answersARequestWithItsTokenAndTheOcfOptions() {
        CoapRequest signUp = CoapRequest.of(Method.POST, Token.fromHex("89cea373bb777282"), "/oic/sec/account");

        CoapResponse response = CoapResponse.of(signUp, ResponseCode.CHANGED)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withUintOption(OptionNumber.OCF_CONTENT_FORMAT_VERSION, 2048)
                .withPayload(new byte[] {(byte) 0xA0});

        assertThat(response.token()).isEqualTo(signUp.token());
        assertThat(response.code()).hasToString("2.04");
        assertThat(response.options().contentFormat()).contains(ContentFormat.OCF_CBOR);
        assertThat(response.options().ocfContentFormatVersion()).isEqualTo(OptionalInt.of(2048));
        assertThat(response.payload().length()).isEqualTo(1);
    }

    @Test
    void registeredCodesHaveTheirRfcNumbersAndPhrases() {
        assertThat(ResponseCode.DELETED).hasToString("2.02 Deleted");
        assertThat(ResponseCode.CONTENT).hasToString("2.05 Content");
        assertThat(ResponseCode.BAD_REQUEST).hasToString("4.00 Bad Request");
        assertThat(ResponseCode.UNAUTHORIZED).hasToString("4.01 Unauthorized");
        assertThat(ResponseCode.FORBIDDEN).hasToString("4.03 Forbidden");
        assertThat(ResponseCode.NOT_FOUND).hasToString("4.04 Not Found");
        assertThat(ResponseCode.METHOD_NOT_ALLOWED).hasToString("4.05 Method Not Allowed");
        assertThat(ResponseCode.REQUEST_ENTITY_TOO_LARGE).hasToString("4.13 Request Entity Too Large");
        assertThat(ResponseCode.INTERNAL_SERVER_ERROR).hasToString("5.00 Internal Server Error");
        assertThat(ResponseCode.SERVICE_UNAVAILABLE).hasToString("5.03 Service Unavailable");
        assertThat(ResponseCode.GATEWAY_TIMEOUT).hasToString("5.04 Gateway Timeout");
    }

    @Test
    void refusesCodesOutsideTheResponseClasses() {
        assertThatThrownBy(() -> new ResponseCode(CoapCode.of(7, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseCode(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
