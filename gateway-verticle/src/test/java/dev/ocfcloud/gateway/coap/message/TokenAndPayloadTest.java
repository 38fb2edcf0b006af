package dev.ocfcloud.gateway.coap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class TokenAndPayloadTest {

    @Test
    void tokenKeepsItsBytesIncludingLeadingZeros() {
        Token token = Token.fromHex("00ff0001");

        assertThat(token.length()).isEqualTo(4);
        assertThat(token.hex()).isEqualTo("00ff0001");
        assertThat(token).isNotEqualTo(Token.fromHex("ff0001"));
    }

    @Test
    void tokenRefusesMoreThanEightBytes() {
        assertThatThrownBy(() -> Token.fromHex("010203040506070809")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadSliceShowsOnlyItsRangeAndCannotBeChangedThroughCopies() {
        byte[] frame = {1, 2, 3, 4, 5};
        Payload payload = Payload.wrapOwned(frame, 1, 3);

        payload.bytes()[0] = 9;
        Buffer appended = Buffer.buffer();
        payload.appendTo(appended);

        assertThat(payload.bytes()).containsExactly(2, 3, 4);
        assertThat(appended.getBytes()).containsExactly(2, 3, 4);
        assertThat(payload).isEqualTo(Payload.copyOf(new byte[] {2, 3, 4}));
    }

    @Test
    void payloadCopiedFromAnArrayDoesNotFollowTheArray() {
        byte[] bytes = {1, 2};
        Payload payload = Payload.copyOf(bytes);

        bytes[0] = 9;

        assertThat(payload.bytes()).containsExactly(1, 2);
    }
}
