package dev.ocfcloud.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.CaptureFrames;
import dev.ocfcloud.simulator.testing.CborShape;
import dev.ocfcloud.simulator.testing.CloudSession;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.simulator.transport.OcfRequests;
import dev.ocfcloud.testkit.InteropCaptures;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cloud's requests to a signed-in device, answered as iotivity-lite answers them (PROTOCOL.md §2). */
@VertxTest
class DeviceServingIT {
    private static final Token OBSERVATION = Token.fromHex("a1a2a3a4a5a6a7a8");

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

    private SimulatedDevice device(String resources, DeviceSettings settings) {
        SimulatedDevice device = TestDevices.start(
                vertx,
                client,
                TestDevices.config(cloud.address(), ResourceSpec.parseList(resources), settings),
                StateStore.inMemory(),
                metrics);
        Await.result(device.signedIn());
        return device;
    }

    private CloudSession session(String resources) {
        device(resources, TestDevices.fast());
        return Await.result(cloud.connection(0));
    }

    /** The cloud's requests of the capture (plain-fake.conn1.tx.bin), in order. */
    private static List<CoapRequest> capturedCloudRequests() {
        List<CoapRequest> requests = new ArrayList<>();
        new CoapDecoder(1 << 16, result -> {
                    CoapMessage message = ((Decoded) result).message();
                    if (message instanceof CoapRequest request) {
                        requests.add(request);
                    }
                })
                .handle(Buffer.buffer(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_TX)));
        return requests;
    }

    /** The device's answer to the {@code n}-th request of the capture's cloud. */
    private static CoapResponse capturedAnswer(CoapRequest request) {
        return CaptureFrames.realDevice().stream()
                .filter(m -> m instanceof CoapResponse r && r.token().equals(request.token()))
                .map(CoapResponse.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answersTheCapturedRequestsOfTheCloudLikeTheRealDevice() {
        CloudSession session = session("light");

        for (CoapRequest request : capturedCloudRequests()) {
            CoapResponse ours = Await.result(session.send(request));
            CoapResponse real = capturedAnswer(request);
            assertThat(ours.responseCode()).as(request.path()).isEqualTo(real.responseCode());
            assertThat(ours.options()).as(request.path()).isEqualTo(real.options());
            assertThat(ours.payload().isEmpty()).isEqualTo(real.payload().isEmpty());
            if (!real.payload().isEmpty() && !request.path().equals("/oic/res")) {
                assertThat(Cbor.decodeMap(ours.payload()).keySet())
                        .as(request.path())
                        .containsExactlyElementsOf(
                                Cbor.decodeMap(real.payload()).keySet());
            }
        }
        Map<String, Object> light = Cbor.decodeMap(
                Await.result(session.send(OcfRequests.get("/light/1"))).payload());
        assertThat(light)
                .containsEntry("state", true)
                .containsEntry("power", 42L)
                .containsEntry("name", "Light");
    }

    @Test
    void discoveryListsEveryLinkAnchoredAtTheDevice() {
        SimulatedDevice device = device("light", TestDevices.fast());
        CloudSession session = Await.result(cloud.connection(0));

        CoapResponse answer = Await.result(session.send(OcfRequests.get("/oic/res?if=oic.if.ll")));

        List<?> links = (List<?>) Cbor.decode(answer.payload().bytes());
        assertThat(answer.payload().bytes()[0]).as("indefinite-length array").isEqualTo((byte) 0x9f);
        assertThat(links)
                .extracting(link -> (Object) ((Map<?, ?>) link).get("href"))
                .containsExactlyInAnyOrder("/oic/d", "/oic/p", "/light/1", "/oic/res");
        assertThat(links).allSatisfy(link -> {
            assertThat(((Map<?, ?>) link).get("anchor")).isEqualTo("ocf://" + device.di());
            assertThat(((Map<?, ?>) link).get("eps")).isEqualTo(List.of());
        });
        Map<?, ?> ourLight = linkOf(links, "/light/1");
        List<?> realLinks = (List<?>) Cbor.decode(
                capturedAnswer(capturedCloudRequests().get(1)).payload().bytes());
        Map<?, ?> realLight = linkOf(realLinks, "/light/1");
        assertThat(CborShape.of(ourLight)).isEqualTo(CborShape.of(realLight));
        assertThat(ourLight.get("p")).isEqualTo(Map.of("bm", 3L));
    }

    private static Map<?, ?> linkOf(List<?> links, String href) {
        return links.stream()
                .map(Map.class::cast)
                .filter(link -> href.equals(link.get("href")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void observationNotifiesEveryChangeWithIncreasingNumbersUntilCancelled() {
        SimulatedDevice device = device("light", TestDevices.fast());
        CloudSession session = Await.result(cloud.connection(0));

        CoapResponse registered = Await.result(session.observe(observe("/light/1", 0), OBSERVATION));
        assertThat(registered.responseCode()).isEqualTo(ResponseCode.CONTENT);
        assertThat(registered.options().observe()).hasValue(2);

        Await.result(device.set("/light/1", "power", 7));
        CoapResponse first = Await.result(session.notification(OBSERVATION, 0));
        Await.result(device.set("/light/1", "power", 8));
        CoapResponse second = Await.result(session.notification(OBSERVATION, 1));
        assertThat(first.options().observe()).hasValue(3);
        assertThat(second.options().observe()).hasValue(4);
        assertThat(Cbor.decodeMap(first.payload())).containsEntry("power", 7L);
        assertThat(Cbor.decodeMap(second.payload())).containsEntry("power", 8L);
        assertThat(second.responseCode()).isEqualTo(ResponseCode.CONTENT);

        CoapResponse cancelled = Await.result(session.observe(observe("/light/1", 1), OBSERVATION)
                .compose(ignored -> session.nth(
                        m -> m instanceof CoapResponse r && r.token().equals(OBSERVATION), 3))
                .map(CoapResponse.class::cast));
        assertThat(cancelled.options().observe()).isEmpty();
        Await.result(device.set("/light/1", "power", 9));
        Await.pause(200);
        assertThat(session.answersWith(OBSERVATION)).isEqualTo(4);
        assertThat(metrics.snapshot().operations().notifications()).isEqualTo(2);
    }

    private static CoapRequest observe(String path, int observe) {
        CoapRequest get = OcfRequests.get(path);
        return get.withOptions(get.options().withUint(OptionNumber.OBSERVE, observe));
    }

    @Test
    void anUpdateFromTheCloudNotifiesTheObservers() {
        SimulatedDevice device = device("switch", TestDevices.fast());
        CloudSession session = Await.result(cloud.connection(0));
        Await.result(session.observe(observe("/switch/1", 0), OBSERVATION));

        CoapResponse changed =
                Await.result(session.send(OcfRequests.post("/switch/1", Cbor.encode(Map.of("value", true)))));

        assertThat(changed.responseCode()).isEqualTo(ResponseCode.CHANGED);
        assertThat(Cbor.decodeMap(
                        Await.result(session.notification(OBSERVATION, 0)).payload()))
                .containsEntry("value", true);
        assertThat(Await.result(device.properties("/switch/1"))).containsEntry("value", true);
    }

    @Test
    void anUnobservableResourceAnswersWithoutObserveOption() {
        CloudSession session = session("switch:unobservable");

        CoapResponse answer = Await.result(session.observe(observe("/switch/1", 0), OBSERVATION));

        assertThat(answer.responseCode()).isEqualTo(ResponseCode.CONTENT);
        assertThat(answer.options().observe()).isEmpty();
    }

    @Test
    void temperatureChangesOnItsPeriodAndIsNotified() {
        device("temperature", TestDevices.fast().withChangePeriod(Duration.ofMillis(50)));
        CloudSession session = Await.result(cloud.connection(0));

        Await.result(session.observe(observe("/temperature/1", 0), OBSERVATION));

        CoapResponse second = Await.result(session.notification(OBSERVATION, 1));
        assertThat(second.options().observe()).hasValue(4);
        assertThat(Cbor.decodeMap(second.payload())).containsEntry("units", "C").containsKey("temperature");
    }

    @Test
    void refusesWhatIotivityLiteRefuses() {
        CloudSession session = session("light,temperature");

        assertThat(code(session, OcfRequests.get("/nowhere"))).isEqualTo(ResponseCode.NOT_FOUND);
        assertThat(code(session, OcfRequests.delete("/light/1"))).isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
        assertThat(code(session, OcfRequests.get("/light/1?if=oic.if.a"))).isEqualTo(ResponseCode.FORBIDDEN);
        assertThat(code(session, OcfRequests.post("/temperature/1", Cbor.encode(Map.of("temperature", 3)))))
                .isEqualTo(ResponseCode.FORBIDDEN);
        assertThat(code(session, OcfRequests.post("/light/1", new byte[] {(byte) 0xbf, 0x61})))
                .isEqualTo(ResponseCode.BAD_REQUEST);
        CoapRequest blockwise = OcfRequests.get("/light/1");
        Options withBlock2 = blockwise.options().withUint(OptionNumber.BLOCK2, 0x06);
        assertThat(code(session, blockwise.withOptions(withBlock2))).isEqualTo(ResponseCode.INTERNAL_SERVER_ERROR);
        assertThat(metrics.snapshot().requestsServed())
                .containsEntry("GET 4.04", 1L)
                .containsEntry("DELETE 4.05", 1L);
    }

    private static ResponseCode code(CloudSession session, CoapRequest request) {
        return Await.result(session.send(request)).responseCode();
    }
}
