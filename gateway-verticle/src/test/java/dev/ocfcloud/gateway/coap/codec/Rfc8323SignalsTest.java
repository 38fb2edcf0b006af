package dev.ocfcloud.gateway.coap.codec;

import static dev.ocfcloud.gateway.coap.codec.Decoding.encode;
import static dev.ocfcloud.gateway.coap.codec.Decoding.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.Token;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 8323 §5: every signal with its options, whose numbers mean something per signal code. */
class Rfc8323SignalsTest {

    @Test
    void csmVectorCarriesMaxMessageSizeAndBlockWiseTransfer() {
        byte[] frame = HexVectors.bytes("rfc8323-5.3-csm");

        CoapMessage message = single(frame);

        assertThat(message).isInstanceOfSatisfying(Csm.class, csm -> {
            assertThat(csm.maxMessageSize()).isEqualTo(1152);
            assertThat(csm.blockWiseTransfer()).isTrue();
            assertThat(csm.unknownCriticalOption()).isEmpty();
        });
        assertThat(encode(Csm.of(1152, true))).isEqualTo(frame);
    }

    @Test
    void csmWithoutMaxMessageSizeMeansTheDefault1152() {
        Csm csm = (Csm) single(HexFormat.of().parseHex("00e1"));

        // RFC 8323 §5.3.1: 1152 bytes until the peer says otherwise.
        assertThat(csm.maxMessageSize()).isEqualTo(1152);
        assertThat(csm.blockWiseTransfer()).isFalse();
    }

    @Test
    void csmWithAnOddOptionNamesItAsUnknownCritical() {
        Csm csm = (Csm) single(HexFormat.of().parseHex("20e1" + "20" + "10")); // options 2 and 3, empty

        assertThat(csm.unknownCriticalOption()).hasValue(3);
    }

    @Test
    void pingVectorCarriesItsTokenAndCustody() {
        byte[] frame = HexVectors.bytes("rfc8323-5.4-ping");

        Ping ping = (Ping) single(frame);

        assertThat(ping.token()).isEqualTo(Token.fromHex("ab"));
        assertThat(ping.custody()).isTrue();
        assertThat(encode(Ping.of(Token.fromHex("ab")).withCustody())).isEqualTo(frame);
    }

    @Test
    void pongVectorCarriesItsTokenAndCustody() {
        byte[] frame = HexVectors.bytes("rfc8323-5.4-pong");

        Pong pong = (Pong) single(frame);

        assertThat(pong.token()).isEqualTo(Token.fromHex("ab"));
        assertThat(pong.custody()).isTrue();
        assertThat(encode(Pong.replyTo(Ping.of(Token.fromHex("ab"))).withCustody()))
                .isEqualTo(frame);
    }

    @Test
    void releaseVectorCarriesAlternativeAddressAndHoldOff() {
        byte[] frame = HexVectors.bytes("rfc8323-5.5-release");

        Release release = (Release) single(frame);

        assertThat(release.alternativeAddresses()).containsExactly("coap+tcp://a.example");
        assertThat(release.holdOff()).contains(Duration.ofSeconds(60));
        assertThat(encode(Release.of(List.of("coap+tcp://a.example"), Optional.of(Duration.ofSeconds(60)), "")))
                .isEqualTo(frame);
    }

    @Test
    void abortVectorCarriesBadCsmOptionAndDiagnostic() {
        byte[] frame = HexVectors.bytes("rfc8323-5.6-abort");

        Abort abort = (Abort) single(frame);

        assertThat(abort.badCsmOption()).hasValue(3);
        assertThat(abort.diagnostic()).isEqualTo("bad CSM");
        assertThat(encode(Abort.badCsmOption(3, "bad CSM"))).isEqualTo(frame);
    }

    @Test
    void optionTwoMeansWhatEachSignalCodeSaysItMeans() {
        Options optionTwo = Options.builder().addUint(2, 7349).build();

        assertThat(new Csm(Token.EMPTY, optionTwo, Payload.EMPTY).maxMessageSize())
                .isEqualTo(7349);
        assertThat(new Abort(Token.EMPTY, optionTwo, Payload.EMPTY).badCsmOption())
                .hasValue(7349);
        assertThat(new Ping(Token.EMPTY, optionTwo, Payload.EMPTY).custody()).isTrue();
        assertThat(new Release(Token.EMPTY, optionTwo, Payload.EMPTY).alternativeAddresses())
                .hasSize(1);
    }
}
