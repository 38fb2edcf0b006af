package dev.ocfcloud.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.CaptureFrames;
import dev.ocfcloud.simulator.testing.CborShape;
import dev.ocfcloud.simulator.testing.CloudSession;
import dev.ocfcloud.simulator.testing.Script;
import dev.ocfcloud.simulator.testing.Script.Operation;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, refresh and publish of one device against the scripted cloud (PROTOCOL.md §1). */
@VertxTest
class DeviceRegistrationIT {
    private Vertx vertx;
    private ScriptedCloud cloud;
    private NetClient client;
    private final SimulatorMetrics metrics = new SimulatorMetrics();

    @BeforeEach
    void startCloud(Vertx vertx) {
        this.vertx = vertx;
        this.cloud = Await.result(ScriptedCloud.start(vertx));
        this.client = vertx.createNetClient();
    }

    private SimulatedDevice startDevice(DeviceSettings settings) {
        return TestDevices.start(
                vertx, client, TestDevices.light(cloud.address(), settings), StateStore.inMemory(), metrics);
    }

    private SimulatedDevice signedInDevice() {
        SimulatedDevice device = startDevice(TestDevices.fast());
        Await.result(device.signedIn());
        return device;
    }

    @Test
    void signsUpSignsInAndPublishesWithTheFramesOfTheRealDevice() {
        signedInDevice();
        CloudSession session = Await.result(cloud.connection(0));
        Await.result(session.request("/oic/rd"));

        List<CoapMessage> ours = session.received();
        List<CoapMessage> real = CaptureFrames.realDevice();
        assertSameFrame(ours.get(0), real.get(0), Set.of("di"));
        assertSameFrame(ours.get(1), real.get(1), Set.of("di"));
        assertSamePublish(ours.get(2), real.get(2));
    }

    /** Same code and options (token aside), an 8-byte token, an indefinite-length map with the same keys and types. */
    private static void assertSameFrame(CoapMessage ours, CoapMessage real, Set<String> differing) {
        assertThat(ours.code()).isEqualTo(real.code());
        assertThat(ours.token().length()).isEqualTo(8);
        assertThat(ours.token()).isNotEqualTo(real.token());
        assertThat(ours.options()).isEqualTo(real.options());
        assertThat(ours.payload().bytes()[0]).as("indefinite-length map").isEqualTo((byte) 0xbf);
        Map<String, Object> ourBody = Cbor.decodeMap(ours.payload());
        Map<String, Object> realBody = Cbor.decodeMap(real.payload());
        assertThat(CborShape.of(ourBody)).isEqualTo(CborShape.of(realBody));
        realBody.forEach((key, value) -> {
            if (!differing.contains(key)) {
                assertThat(ourBody.get(key)).as(key).isEqualTo(value);
            }
        });
    }

    /** The real device published two more links (a collection, /oc/con); ours match link for link. */
    private static void assertSamePublish(CoapMessage ours, CoapMessage real) {
        assertThat(ours.code()).isEqualTo(real.code());
        assertThat(ours.options()).isEqualTo(real.options());
        assertThat(ours.payload().bytes()[0]).isEqualTo((byte) 0xbf);
        Map<String, Object> ourBody = Cbor.decodeMap(ours.payload());
        Map<String, Object> realBody = Cbor.decodeMap(real.payload());
        assertThat(ourBody.keySet()).containsExactlyElementsOf(realBody.keySet());
        assertThat(ourBody.get("n")).isEqualTo(realBody.get("n"));
        assertThat(ourBody.get("ttl")).isEqualTo(0L);
        List<?> ourLinks = (List<?>) ourBody.get("links");
        List<?> realLinks = (List<?>) realBody.get("links");
        assertThat(ourLinks.stream()
                        .map(link -> (Object) ((Map<?, ?>) link).get("href"))
                        .toList())
                .containsExactly((Object) "/oic/d", "/oic/p", "/light/1");
        for (Object ourLink : ourLinks) {
            Map<?, ?> link = (Map<?, ?>) ourLink;
            Map<?, ?> twin = realLinks.stream()
                    .map(Map.class::cast)
                    .filter(candidate -> candidate.get("href").equals(link.get("href")))
                    .findFirst()
                    .orElseThrow();
            assertThat(CborShape.of(link)).isEqualTo(CborShape.of(twin));
            twin.forEach((key, value) -> {
                if (!key.equals("ins")) {
                    assertThat(link.get(key)).as(link.get("href") + " " + key).isEqualTo(value);
                }
            });
        }
    }

    @Test
    void sendsNoCsmByDefault() {
        signedInDevice();

        CloudSession session = Await.result(cloud.connection(0));
        assertThat(session.received()).noneMatch(Csm.class::isInstance);
        assertThat(session.received().get(0)).isInstanceOf(CoapRequest.class);
    }

    @Test
    void sendsACsmWithAnEightByteTokenFirstWhenAsked() {
        SimulatedDevice device = startDevice(TestDevices.fast().withSendCsm(true));
        Await.result(device.signedIn());

        CoapMessage first = Await.result(cloud.connection(0)).received().get(0);
        assertThat(first).isInstanceOfSatisfying(Csm.class, csm -> {
            assertThat(csm.token().length()).isEqualTo(8);
            assertThat(csm.maxMessageSize()).isEqualTo(DeviceSettings.IOTIVITY_PDU_SIZE);
            assertThat(csm.blockWiseTransfer()).isFalse();
        });
    }

    @Test
    void retriesASignUpAnsweredServiceUnavailableWithTheSameCode() {
        cloud.script().answer(Operation.SIGN_UP, ResponseCode.SERVICE_UNAVAILABLE);

        signedInDevice();

        List<CoapRequest> signUps = Await.result(cloud.connection(0)).requests("/oic/sec/account");
        assertThat(signUps).hasSize(2);
        assertThat(signUps.get(1).payload()).isEqualTo(signUps.get(0).payload());
        assertThat(signUps.get(1).token()).isNotEqualTo(signUps.get(0).token());
        assertThat(metrics.failures(FailureReason.SERVICE_UNAVAILABLE_RETRY)).isEqualTo(1);
        assertThat(cloud.connections()).isEqualTo(1);
    }

    @Test
    void retriesASignUpThatIsNotAnswered() {
        cloud.script().ignore(Operation.SIGN_UP, 1);

        signedInDevice();

        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(2);
        assertThat(metrics.failures(FailureReason.TIMEOUT_RETRY)).isEqualTo(1);
    }

    @Test
    void stopsForGoodWhenSignUpIsUnauthorized() {
        cloud.script().answer(Operation.SIGN_UP, ResponseCode.UNAUTHORIZED);

        SimulatedDevice device = startDevice(TestDevices.fast());

        assertThat(Await.failure(device.signedIn())).hasMessageContaining("FAILED");
        assertThat(device.status()).isEqualTo(DeviceStatus.FAILED);
        assertThat(metrics.snapshot().failureCount(FailureReason.SIGN_UP_UNAUTHORIZED))
                .isEqualTo(1);
        assertThat(metrics.snapshot().devicesFailed()).isEqualTo(1);
        Await.pause(300);
        assertThat(cloud.connections()).isEqualTo(1);
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(1);
    }

    @Test
    void stopsForGoodWhenSignUpIsRejected() {
        cloud.script().answer(Operation.SIGN_UP, ResponseCode.BAD_REQUEST);

        SimulatedDevice device = startDevice(TestDevices.fast());

        Await.failure(device.signedIn());
        assertThat(metrics.failures(FailureReason.SIGN_UP_REJECTED)).isEqualTo(1);
        assertThat(device.status()).isEqualTo(DeviceStatus.FAILED);
    }

    @Test
    void refreshReplacesTheTokensAndSignsInAgainOnTheSameConnection() {
        SimulatedDevice device = signedInDevice();

        Await.result(device.refreshNow());

        CloudSession session = Await.result(cloud.connection(0));
        CoapRequest refresh = Await.result(session.request("/oic/sec/tokenrefresh"));
        assertThat(refresh.method()).isEqualTo(Method.POST);
        Map<String, Object> body = Cbor.decodeMap(refresh.payload());
        assertThat(body.keySet()).containsExactly("uid", "di", "authprovider", "granttype", "refreshtoken");
        assertThat(body)
                .containsEntry("granttype", "refresh_token")
                .containsEntry("refreshtoken", Script.refreshToken(1));
        List<CoapRequest> signIns = session.requests("/oic/sec/session");
        assertThat(signIns).hasSize(2);
        assertThat(Cbor.decodeMap(signIns.get(1).payload())).containsEntry("accesstoken", Script.accessToken(2));
        assertThat(cloud.connections()).isEqualTo(1);
        assertThat(session.requests("/oic/rd")).hasSize(1);
    }

    @Test
    void refreshesBeforeTheTokenExpires() {
        cloud.script().expiresIn(1);

        signedInDevice();

        Await.until(
                "a refresh and a new sign-in",
                () -> cloud.script().count(Operation.REFRESH) >= 1
                        && cloud.script().count(Operation.SIGN_IN) >= 2);
        assertThat(metrics.snapshot().operations().refreshes()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unauthorizedSignInIsFollowedByARefreshAndAnotherSignIn() {
        cloud.script().answer(Operation.SIGN_IN, ResponseCode.UNAUTHORIZED);

        signedInDevice();

        assertThat(cloud.script().count(Operation.SIGN_IN)).isEqualTo(2);
        assertThat(cloud.script().count(Operation.REFRESH)).isEqualTo(1);
        assertThat(metrics.failures(FailureReason.SIGN_IN_UNAUTHORIZED)).isEqualTo(1);
    }

    @Test
    void unauthorizedRefreshStopsTheDevice() {
        SimulatedDevice device = signedInDevice();
        cloud.script().answer(Operation.REFRESH, ResponseCode.UNAUTHORIZED);

        Await.failure(device.refreshNow());

        assertThat(metrics.failures(FailureReason.REFRESH_UNAUTHORIZED)).isEqualTo(1);
        Await.until("the device stopped", () -> device.status() == DeviceStatus.FAILED);
    }

    @Test
    void linksNotAcknowledgedWithChangedArePublishedAgainAtTheNextSignIn() {
        cloud.script().answer(Operation.PUBLISH, ResponseCode.BAD_REQUEST);
        SimulatedDevice device = signedInDevice();
        Await.until("the publish was answered", () -> metrics.failures(FailureReason.PUBLISH_REJECTED) == 1);
        assertThat(Await.result(device.allPublished())).isFalse();

        Await.result(Await.result(cloud.connection(0)).close());

        Await.result(cloud.connection(1));
        Await.until("published", () -> Await.result(device.allPublished()));
        assertThat(cloud.script().count(Operation.PUBLISH)).isEqualTo(2);
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(1);
    }

    @Test
    void linksStillPendingArePublishedAtTheSignInAfterARefresh() {
        cloud.script().ignore(Operation.PUBLISH, 1);
        SimulatedDevice device = signedInDevice();
        Await.until("the publish timed out", () -> metrics.failures(FailureReason.PUBLISH_UNANSWERED) == 1);

        Await.result(device.refreshNow());

        assertThat(Await.result(device.allPublished())).isTrue();
        assertThat(cloud.script().count(Operation.PUBLISH)).isEqualTo(2);
        assertThat(cloud.connections()).isEqualTo(1);
    }
}
