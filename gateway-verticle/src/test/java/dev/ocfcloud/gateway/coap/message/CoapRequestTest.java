package dev.ocfcloud.gateway.coap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoapRequestTest {
    private static final Token TOKEN = Token.fromHex("89cea373bb777282");

    @Test
    void pathAndQueryBecomeOneOptionPerSegmentAndArgument() {
        CoapRequest request = CoapRequest.of(Method.POST, TOKEN, "/oic/rd?rt=oic.wk.rdpub&di=1");

        assertThat(request.options().uriPath()).containsExactly("oic", "rd");
        assertThat(request.query()).containsExactly("rt=oic.wk.rdpub", "di=1");
        assertThat(request.path()).isEqualTo("/oic/rd");
        assertThat(request.code()).isEqualTo(CoapCode.of(0, 2));
    }

    @Test
    void rootPathHasNoUriPathOption() {
        CoapRequest request = CoapRequest.get(TOKEN, "/");

        assertThat(request.options().isEmpty()).isTrue();
        assertThat(request.path()).isEqualTo("/");
    }

    @Test
    void queryParametersGroupRepeatedNamesAndTolerateBareNames() {
        CoapRequest request = CoapRequest.get(TOKEN, "/oic/res?if=a&if=b&flag");

        assertThat(request.queryParameters())
                .containsExactly(Map.entry("if", List.of("a", "b")), Map.entry("flag", List.of("")));
        assertThat(request.queryParameter("if")).contains("a");
        assertThat(request.queryParameter("rt")).isEmpty();
    }

    @Test
    void withMethodsReturnNewRequestsAndLeaveTheOriginal() {
        CoapRequest request = CoapRequest.get(TOKEN, "/oic/d");

        CoapRequest changed = request.withAccept(ContentFormat.OCF_CBOR)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withContentFormat(ContentFormat.APPLICATION_CBOR)
                .withPayload(new byte[] {(byte) 0xA0});

        assertThat(changed.options().accept()).contains(ContentFormat.OCF_CBOR);
        assertThat(changed.options().contentFormat()).contains(ContentFormat.APPLICATION_CBOR);
        assertThat(changed.options().uriPath()).containsExactly("oic", "d");
        assertThat(changed.payload().bytes()).containsExactly(0xA0);
        assertThat(request.options().accept()).isEmpty();
        assertThat(request.payload().isEmpty()).isTrue();
    }
}
