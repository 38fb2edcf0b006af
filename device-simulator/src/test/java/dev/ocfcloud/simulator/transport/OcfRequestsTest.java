package dev.ocfcloud.simulator.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.message.Token;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OcfRequestsTest {
    @Test
    void aGetIsFramedByteForByteAsTheCapturesGet() {
        // plain-fake.log: GET /oic/d as the test cloud sent it, iotivity-lite's framing.
        byte[] frame = CoapEncoder.toBytes(OcfRequests.get("/oic/d").withToken(Token.fromHex("ea3aa8b829dbc948")));

        assertThat(HexFormat.of().formatHex(frame)).isEqualTo("d80101ea3aa8b829dbc948b36f69630164622710e206e30800");
    }

    @Test
    void theQueryIsSplitIntoOneUriQueryPerArgument() {
        assertThat(OcfRequests.delete("/oic/sec/account?uid=u&di=d").query()).containsExactly("uid=u", "di=d");
    }
}
