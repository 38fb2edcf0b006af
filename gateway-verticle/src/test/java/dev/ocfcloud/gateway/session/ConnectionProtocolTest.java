package dev.ocfcloud.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.codec.Malformed;
import dev.ocfcloud.gateway.coap.codec.MalformedReason;
import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.EmptyMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionProtocolTest {
    private static final Token TOKEN = Token.fromHex("0cbb849a378a0819");
    private final ConnectionProtocol protocol = new ConnectionProtocol(16384);

    @Test
    void firstSendsOurCsmWithMaxMessageSizeAndNoBlockWise() {
        Reaction reaction = protocol.onConnected();

        assertThat(reaction.close()).isFalse();
        assertThat(reaction.replies()).singleElement().isInstanceOfSatisfying(Csm.class, csm -> {
            assertThat(csm.maxMessageSize()).isEqualTo(16384);
            assertThat(csm.blockWiseTransfer()).isFalse();
        });
    }

    @Test
    void answersPingWithPongOfTheSameToken() {
        assertThat(on(Ping.of(TOKEN)).replies()).containsExactly(new Pong(TOKEN, Options.EMPTY, Payload.EMPTY));
    }

    @Test
    void answersAnUnknownRequestCodeWithMethodNotAllowed() {
        CoapMessage fetch = CoapMessage.of(CoapCode.of(0, 5), TOKEN, Options.EMPTY, Payload.EMPTY);

        assertThat(((CoapResponse) on(fetch).replies().get(0)).responseCode())
                .isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
    }

    @Test
    void devicesCsmSetsTheSizeWeMaySend() {
        assertThat(protocol.peerMaxMessageSize()).isEqualTo(1152);

        Reaction reaction = on(Csm.of(7349, false));

        assertThat(reaction).isEqualTo(Reaction.NOTHING);
        assertThat(protocol.peerMaxMessageSize()).isEqualTo(7349);
    }

    @Test
    void csmWithAnUnknownCriticalOptionIsAbortedNamingIt() {
        Csm csm = new Csm(Token.EMPTY, Options.builder().addEmpty(5).build(), Payload.EMPTY);

        Reaction reaction = on(csm);

        assertThat(reaction.close()).isTrue();
        assertThat(reaction.replies())
                .singleElement()
                .isInstanceOfSatisfying(
                        Abort.class, abort -> assertThat(abort.badCsmOption()).hasValue(5));
    }

    @Test
    void malformedFrameIsAbortedWithItsDiagnosticAndClosed() {
        Malformed malformed =
                new Malformed(MalformedReason.TOKEN_LENGTH_RESERVED, "TKL 9", Optional.empty(), Optional.empty());

        Reaction reaction = protocol.on(malformed);

        assertThat(reaction.close()).isTrue();
        assertThat(((Abort) reaction.replies().get(0)).diagnostic()).isEqualTo(malformed.diagnostic());
    }

    @Test
    void peerLeavingClosesAndKeepalivesAndPongsAreIgnored() {
        assertThat(on(Release.of(List.of(), Optional.of(Duration.ofSeconds(1)), "")))
                .isEqualTo(Reaction.CLOSE);
        assertThat(on(Abort.of("bye"))).isEqualTo(Reaction.CLOSE);
        assertThat(on(EmptyMessage.INSTANCE)).isEqualTo(Reaction.NOTHING);
        assertThat(on(new Pong(TOKEN, Options.EMPTY, Payload.EMPTY))).isEqualTo(Reaction.NOTHING);
    }

    private Reaction on(CoapMessage message) {
        return protocol.on(new Decoded(message));
    }
}
