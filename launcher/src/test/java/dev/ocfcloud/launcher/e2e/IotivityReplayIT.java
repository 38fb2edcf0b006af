package dev.ocfcloud.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.onboarding.HttpOnboardingCodes;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.InteropCaptures;
import dev.ocfcloud.testkit.KafkaCluster;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frames a real iotivity-lite device sent (sign-up, sign-in, publish, Ping) replayed against
 * the whole cloud, byte for byte but for the credentials (a fresh onboarding code, then the access
 * token the cloud issued), and the answers held to what the device checks
 * (interop/iotivity-lite/README.md): 2.04 with Content-Format 10000 and the required CBOR fields.
 */
@EmbeddedKafka
class IotivityReplayIT {
    private static final CBORMapper CBOR = new CBORMapper();
    /** The user the recorded sign-in names as its uid. */
    private static final String RECORDED_UID = "interop-user-1";

    @TempDir
    Path dataDir;

    @Test
    void theRecordedDeviceSignsUpSignsInPublishesAndIsObserved(KafkaCluster kafka) throws Exception {
        List<CoapRequest> recorded = recordedRequests();
        try (TestCloud cloud = new TestCloud(kafka, dataDir).start();
                RawDevice device = new RawDevice(cloud.coapPort)) {
            assertThat(device.next()).isInstanceOf(Csm.class);

            CoapRequest signUp = withField(recorded.get(0), "accesstoken", onboardingCode(cloud));
            JsonNode account = ocfCbor(sendAsTheDeviceWould(device, signUp), ResponseCode.CHANGED);
            assertThat(account.get("accesstoken").asText()).isNotEmpty();
            assertThat(account.get("refreshtoken").asText()).isNotEmpty();
            assertThat(account.get("uid").asText()).isEqualTo(RECORDED_UID);
            assertThat(account.get("expiresin").isIntegralNumber()).isTrue();

            CoapRequest signIn = withField(
                    recorded.get(1), "accesstoken", account.get("accesstoken").asText());
            device.send(signIn);
            JsonNode session = ocfCbor(device.answerTo(signIn.token()), ResponseCode.CHANGED);
            assertThat(session.get("expiresin").isIntegralNumber()).isTrue();

            CoapRequest publish = recorded.get(2);
            device.sendBytes(CoapEncoder.toBytes(publish));
            JsonNode published = ocfCbor(device.answerTo(publish.token()), ResponseCode.CHANGED);
            JsonNode sentLinks = CBOR.readTree(publish.payload().bytes()).get("links");
            assertThat(published.get("links")).hasSize(sentLinks.size());
            for (int i = 0; i < sentLinks.size(); i++) {
                assertThat(published.get("links").get(i).get("href").asText())
                        .isEqualTo(sentLinks.get(i).get("href").asText());
                assertThat(published.get("links").get(i).get("ins").isIntegralNumber())
                        .isTrue();
                assertThat(published.get("links").get(i).get("ins").asLong())
                        .isEqualTo(sentLinks.get(i).get("ins").asLong());
            }

            CoapRequest observe = device.nextCloudRequest();
            assertThat(observe.path()).startsWith("/");
            assertThat(observe.options().accept()).contains(ContentFormat.OCF_CBOR);
            assertThat(observe.options().observe()).hasValue(0);
            assertThat(observe.token().length()).isPositive();

            Ping ping = (Ping) recordedMessages().stream()
                    .filter(Ping.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            device.sendBytes(CoapEncoder.toBytes(ping));
            assertThat(device.answerTo(ping.token())).isInstanceOf(Pong.class);
        }
    }

    /**
     * Sends the request; on 5.03 sends it again after a pause with a new token, as iotivity-lite
     * retries (PROTOCOL.md §1.2), and returns the first other answer.
     */
    private static CoapMessage sendAsTheDeviceWould(RawDevice device, CoapRequest request) throws Exception {
        CoapRequest attempt = request;
        for (int tries = 0; ; tries++) {
            device.send(attempt);
            CoapMessage answer = device.answerTo(attempt.token());
            boolean unavailable = answer instanceof CoapResponse response
                    && response.responseCode().equals(ResponseCode.SERVICE_UNAVAILABLE);
            if (!unavailable || tries == 20) {
                return answer;
            }
            Thread.sleep(500);
            attempt = attempt.withToken(DeviceProtocolSteps.token());
        }
    }

    private static String onboardingCode(TestCloud cloud) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            return TestCloud.await(HttpOnboardingCodes.withClientCredentials(
                            vertx,
                            cloud.onboardingUrl(),
                            cloud.tokenUrl(),
                            "ocf-admin",
                            cloud.adminSecret(),
                            Optional.of(RECORDED_UID))
                    .codeFor(0));
        } finally {
            TestCloud.await(vertx.close());
        }
    }

    /** The recorded request with one CBOR field replaced; everything else as the device sent it. */
    private static CoapRequest withField(CoapRequest recorded, String field, String value) throws Exception {
        ObjectNode body = (ObjectNode) CBOR.readTree(recorded.payload().bytes());
        body.put(field, value);
        return recorded.withPayload(Payload.copyOf(CBOR.writeValueAsBytes(body)));
    }

    private static JsonNode ocfCbor(CoapMessage answer, ResponseCode code) throws Exception {
        assertThat(answer).isInstanceOf(CoapResponse.class);
        CoapResponse response = (CoapResponse) answer;
        assertThat(response.responseCode()).as("answer code").isEqualTo(code);
        assertThat(response.options().contentFormat()).as("content format").contains(ContentFormat.OCF_CBOR);
        return CBOR.readTree(response.payload().bytes());
    }

    private static List<CoapRequest> recordedRequests() {
        return recordedMessages().stream()
                .filter(CoapRequest.class::isInstance)
                .map(CoapRequest.class::cast)
                .toList();
    }

    private static List<CoapMessage> recordedMessages() {
        List<CoapMessage> messages = new ArrayList<>();
        new CoapDecoder(1 << 16, result -> messages.add(((Decoded) result).message()))
                .handle(Buffer.buffer(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_RX)));
        return messages;
    }
}
