package dev.ocfcloud.launcher.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.onboarding.HttpOnboardingCodes;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The OCF device-to-cloud requests a test device sends by hand, as iotivity-lite builds them. */
final class DeviceProtocolSteps {
    static final CBORMapper CBOR = new CBORMapper();

    private DeviceProtocolSteps() {}

    static String onboardingCode(TestCloud cloud, String owner) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            return TestCloud.await(HttpOnboardingCodes.withClientCredentials(
                            vertx,
                            cloud.onboardingUrl(),
                            cloud.tokenUrl(),
                            "ocf-admin",
                            cloud.adminSecret(),
                            Optional.of(owner))
                    .codeFor(0));
        } finally {
            TestCloud.await(vertx.close());
        }
    }

    static CoapRequest post(String pathAndQuery, ObjectNode body) throws Exception {
        return CoapRequest.of(Method.POST, token(), pathAndQuery)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withAccept(ContentFormat.OCF_CBOR)
                .withPayload(CBOR.writeValueAsBytes(body));
    }

    static CoapRequest signUp(String di, String code) throws Exception {
        return post(
                "/oic/sec/account",
                CBOR.createObjectNode()
                        .put("di", di)
                        .put("accesstoken", code)
                        .put("authprovider", "plgd")
                        .put("devicetype", "device"));
    }

    static CoapRequest signIn(String di, String uid, String accessToken) throws Exception {
        return post(
                "/oic/sec/session",
                CBOR.createObjectNode()
                        .put("uid", uid)
                        .put("di", di)
                        .put("accesstoken", accessToken)
                        .put("login", true));
    }

    /** Sends the request and returns the cloud's answer's code and CBOR body (null when none). */
    static Answer exchange(RawDevice device, CoapRequest request) throws Exception {
        device.send(request);
        CoapMessage answer = device.answerTo(request.token());
        CoapResponse response = (CoapResponse) answer;
        JsonNode body = response.options().contentFormat().isPresent()
                        && !response.payload().isEmpty()
                ? CBOR.readTree(response.payload().bytes())
                : null;
        return new Answer(response, body);
    }

    record Answer(CoapResponse response, JsonNode body) {}

    static Token token() {
        return Token.ofPacked(ThreadLocalRandom.current().nextLong(), 8);
    }
}
