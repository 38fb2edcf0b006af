package dev.ocfcloud.launcher.e2e;

import static dev.ocfcloud.launcher.e2e.DeviceLifecycleIT.eventually;
import static dev.ocfcloud.launcher.e2e.DeviceProtocolSteps.exchange;
import static dev.ocfcloud.launcher.e2e.DeviceProtocolSteps.onboardingCode;
import static dev.ocfcloud.launcher.e2e.DeviceProtocolSteps.signIn;
import static dev.ocfcloud.launcher.e2e.DeviceProtocolSteps.signUp;
import static dev.ocfcloud.launcher.e2e.TestCloud.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.query.GetResource;
import dev.ocfcloud.simulator.device.SimulatedDevice;
import dev.ocfcloud.testkit.EmbeddedKafka;
import dev.ocfcloud.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the device side gets a clear answer and a closed connection, and never disturbs
 * the devices that behave: garbage, lying lengths, TKL over 8, requests before sign-in, wrong,
 * expired and foreign tokens, unknown devices; and one user never sees another's devices.
 */
@EmbeddedKafka
class HostileInputIT {
    @TempDir
    Path dataDir;

    @Test
    void badInputIsRefusedAndClosedWhileAWellBehavedDeviceKeepsWorking(KafkaCluster kafka) throws Exception {
        try (TestCloud cloud = new TestCloud(kafka, dataDir).start();
                SimulatedDevices devices = new SimulatedDevices(cloud)) {
            SimulatedDevice lamp = devices.create("alice");
            await(lamp.start());
            await(lamp.signedIn());

            assertAborted(cloud, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertAborted(cloud, HexFormat.of().parseHex("f07fffffff02"));
            assertAborted(cloud, HexFormat.of().parseHex("0901" + "00".repeat(9)));
            assertClosedWith(
                    cloud, CoapRequest.get(DeviceProtocolSteps.token(), "/oic/res"), ResponseCode.UNAUTHORIZED);
            assertClosedWith(
                    cloud,
                    DeviceProtocolSteps.post(
                            "/oic/sec/account",
                            DeviceProtocolSteps.CBOR.createObjectNode().put("di", "not-a-uuid")),
                    ResponseCode.BAD_REQUEST,
                    false);
            try (RawDevice raw = connected(cloud)) {
                String di = UUID.randomUUID().toString();
                assertThat(exchange(raw, signIn(di, "alice", "not.a.jwt"))
                                .response()
                                .responseCode())
                        .isEqualTo(ResponseCode.UNAUTHORIZED);
                assertThat(exchange(raw, signUp(di, "a-code-nobody-issued"))
                                .response()
                                .responseCode())
                        .isEqualTo(ResponseCode.UNAUTHORIZED);
            }
            try (RawDevice raw = connected(cloud)) {
                JsonNode account = exchange(raw, signUp(UUID.randomUUID().toString(), onboardingCode(cloud, "mallory")))
                        .body();
                String token = account.get("accesstoken").asText();
                // Mallory's valid token for a device that is not hers (the lamp) and for one nobody registered.
                assertThat(exchange(raw, signIn(lamp.di(), "mallory", token))
                                .response()
                                .responseCode())
                        .isEqualTo(ResponseCode.UNAUTHORIZED);
                assertThat(exchange(raw, signIn(UUID.randomUUID().toString(), "mallory", token))
                                .response()
                                .responseCode())
                        .isEqualTo(ResponseCode.UNAUTHORIZED);
                assertThat(exchange(raw, signIn(lamp.di(), "alice", token))
                                .response()
                                .responseCode())
                        .isEqualTo(ResponseCode.UNAUTHORIZED);
            }

            await(lamp.set("/light/1", "state", true));
            ResourceId light = new ResourceId(DeviceId.of(lamp.di()), ResourceHref.of("/light/1"));
            eventually(
                    () -> cloud.directory().resource(new GetResource(OwnerId.of("alice"), light)),
                    view -> view.content().data().toHex().contains("f5"));
            await(lamp.stop());
        }
    }

    @Test
    void anotherUsersDiscoveryAndRequestsNeverReachTheDevice(KafkaCluster kafka) throws Exception {
        try (TestCloud cloud = new TestCloud(kafka, dataDir).start();
                SimulatedDevices devices = new SimulatedDevices(cloud)) {
            SimulatedDevice lamp = devices.create("alice");
            await(lamp.start());
            await(lamp.signedIn());
            try (RawDevice bob = connected(cloud)) {
                String di = UUID.randomUUID().toString();
                JsonNode account =
                        exchange(bob, signUp(di, onboardingCode(cloud, "bob"))).body();
                exchange(bob, signIn(di, "bob", account.get("accesstoken").asText()));

                DeviceProtocolSteps.Answer discovery =
                        exchange(bob, CoapRequest.get(DeviceProtocolSteps.token(), "/oic/res"));
                assertThat(discovery.response().responseCode()).isEqualTo(ResponseCode.CONTENT);
                assertThat(discovery.body().toString()).doesNotContain(lamp.di());
                assertThat(exchange(bob, CoapRequest.get(DeviceProtocolSteps.token(), "/no/such/thing"))
                                .response()
                                .responseCode())
                        .as("an unknown request of a signed-in device")
                        .isEqualTo(ResponseCode.NOT_FOUND);
                DeviceProtocolSteps.Answer foreign = exchange(
                        bob, CoapRequest.get(DeviceProtocolSteps.token(), "/api/v1/devices/" + lamp.di() + "/light/1"));
                assertThat(foreign.response().responseCode()).isEqualTo(ResponseCode.NOT_FOUND);
            }
            await(lamp.stop());
        }
    }

    @Test
    void anExpiredAccessTokenCannotSignIn(KafkaCluster kafka) throws Exception {
        try (TestCloud cloud = new TestCloud(kafka, dataDir)
                        .with("OCF_OAUTH_ACCESS_TOKEN_TTL_SECONDS", "5")
                        .with("OCF_OAUTH_CLOCK_SKEW_SECONDS", "0")
                        .start();
                RawDevice raw = connected(cloud)) {
            String di = UUID.randomUUID().toString();
            JsonNode account =
                    exchange(raw, signUp(di, onboardingCode(cloud, "alice"))).body();
            TimeUnit.MILLISECONDS.sleep(6_000);

            assertThat(exchange(
                                    raw,
                                    signIn(
                                            di,
                                            "alice",
                                            account.get("accesstoken").asText()))
                            .response()
                            .responseCode())
                    .isEqualTo(ResponseCode.UNAUTHORIZED);
        }
    }

    private static RawDevice connected(TestCloud cloud) throws Exception {
        RawDevice device = new RawDevice(cloud.coapPort);
        assertThat(device.next()).isInstanceOf(Csm.class);
        return device;
    }

    private static void assertAborted(TestCloud cloud, byte[] bytes) throws Exception {
        try (RawDevice device = connected(cloud)) {
            device.sendBytes(bytes);
            assertThat(device.next()).isInstanceOf(Abort.class);
            assertThat(device.closedWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    private static void assertClosedWith(TestCloud cloud, CoapRequest request, ResponseCode code) throws Exception {
        assertClosedWith(cloud, request, code, true);
    }

    private static void assertClosedWith(TestCloud cloud, CoapRequest request, ResponseCode code, boolean closes)
            throws Exception {
        try (RawDevice device = connected(cloud)) {
            assertThat(exchange(device, request).response().responseCode()).isEqualTo(code);
            assertThat(device.closedWithin(Duration.ofMillis(closes ? 5_000 : 300)))
                    .isEqualTo(closes);
        }
    }
}
