package dev.ocfcloud.simulator.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.cbor.Cbor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strictness of PROTOCOL.md §6.1–6.3, which the simulated device applies to the cloud's answers. */
class CloudAnswersTest {
    private static CoapResponse changed(Object body) {
        return CoapResponse.of(Token.EMPTY, ResponseCode.CHANGED)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withPayload(Cbor.encode(body));
    }

    @Test
    void signUpNeedsNonEmptyTokensAndUidAndAnIntegerExpiry() {
        CloudCredentials credentials = CloudAnswers.signUp(
                changed(Map.of("accesstoken", "a", "refreshtoken", "r", "uid", "u", "expiresin", -1)), 5);

        assertThat(credentials).isEqualTo(new CloudCredentials("u", "a", "r", -1, 5));
        assertThat(credentials.permanent()).isTrue();
        assertThatThrownBy(() -> CloudAnswers.signUp(
                        changed(Map.of("accesstoken", "", "refreshtoken", "r", "uid", "u", "expiresin", 1)), 0))
                .isInstanceOf(BadAnswerException.class)
                .hasMessageContaining("accesstoken");
        assertThatThrownBy(() -> CloudAnswers.signUp(
                        changed(Map.of("accesstoken", "a", "refreshtoken", "r", "uid", "u", "expiresin", "1")), 0))
                .hasMessageContaining("expiresin");
    }

    @Test
    void aPayloadWithoutCborContentFormatIsNotRead() {
        CoapResponse noFormat =
                CoapResponse.of(Token.EMPTY, ResponseCode.CHANGED).withPayload(Cbor.encode(Map.of("expiresin", 3600)));

        assertThatThrownBy(() -> CloudAnswers.signIn(noFormat)).isInstanceOf(BadAnswerException.class);
        assertThat(CloudAnswers.signIn(changed(Map.of("expiresin", 3600)))).isEqualTo(3600);
    }

    @Test
    void publishAcknowledgesLinksWithTextHrefAndIntegerIns() {
        Map<String, Long> links = CloudAnswers.publishedLinks(changed(Map.of(
                "links",
                List.of(Map.of("href", "/oic/d", "ins", 1), Map.of("href", "/oic/p", "ins", "2"), Map.of("ins", 3)))));

        assertThat(links).containsExactly(Map.entry("/oic/d", 1L));
    }

    @Test
    void anErrorCodeIsARejection() {
        assertThatThrownBy(() ->
                        CloudAnswers.requireSuccess("sign-in", CoapResponse.of(Token.EMPTY, ResponseCode.FORBIDDEN)))
                .isInstanceOfSatisfying(
                        CloudRejectedException.class,
                        e -> assertThat(e.unauthorized()).isFalse());
    }
}
