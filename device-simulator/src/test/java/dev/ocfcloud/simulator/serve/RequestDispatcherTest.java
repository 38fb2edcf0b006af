package dev.ocfcloud.simulator.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.resource.ResourceSpec;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.simulator.transport.OcfRequests;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a request is answered, case by case (PROTOCOL.md §2 "How iotivity-lite serves these requests"). */
@VertxTest
class RequestDispatcherTest {
    private static final String DI = "aded1776-0ebd-4772-534b-8becf3ebb367";

    private ResourceSet resources;
    private RequestDispatcher dispatcher;

    @BeforeEach
    void setUp(Vertx vertx) {
        TestDevices.warmUp();
        resources = ResourceSet.forDevice(
                DI, "cs-insecure", "oic.d.cloudDevice", DI, ResourceSpec.parseList("light,switch,temperature"));
        Observers observers =
                new Observers(vertx.getOrCreateContext(), m -> Future.succeededFuture(), new SimulatorMetrics());
        dispatcher = new RequestDispatcher(DI, resources, observers);
    }

    private CoapResponse handle(CoapRequest request) {
        return dispatcher.handle(request.withToken(Token.fromHex("0102030405060708")));
    }

    private ResponseCode code(CoapRequest request) {
        return handle(request).responseCode();
    }

    private static CoapRequest post(String path, Object body) {
        return OcfRequests.post(path, Cbor.encode(body));
    }

    @Test
    void unknownHrefIsNotFound() {
        assertThat(code(OcfRequests.get("/light/2"))).isEqualTo(ResponseCode.NOT_FOUND);
    }

    @Test
    void getWithTheDefaultInterfaceGivesTheProperties() {
        CoapResponse answer = handle(OcfRequests.get("/oic/d"));

        assertThat(answer.responseCode()).isEqualTo(ResponseCode.CONTENT);
        assertThat(answer.options().contentFormat()).contains(ContentFormat.OCF_CBOR);
        assertThat(answer.options().ocfContentFormatVersion()).hasValue(2048);
        assertThat(Cbor.decodeMap(answer.payload()).keySet())
                .containsExactly("di", "piid", "n", "icv", "dmv", "dmno", "sv");
    }

    @Test
    void baselineAddsResourceTypesAndInterfaces() {
        Map<String, Object> body = Cbor.decodeMap(
                handle(OcfRequests.get("/switch/1?if=oic.if.baseline")).payload());

        assertThat(body)
                .containsEntry("rt", List.of("oic.r.switch.binary"))
                .containsEntry("if", List.of("oic.if.a", "oic.if.baseline"))
                .containsEntry("value", false);
    }

    @Test
    void anInterfaceTheResourceLacksIsForbidden() {
        assertThat(code(OcfRequests.get("/switch/1?if=oic.if.rw"))).isEqualTo(ResponseCode.FORBIDDEN);
    }

    @Test
    void readOnlyInterfacesAllowOnlyGet() {
        assertThat(code(post("/oic/d", Map.of("n", "x")))).isEqualTo(ResponseCode.FORBIDDEN);
        assertThat(code(post("/temperature/1", Map.of("temperature", 3.0)))).isEqualTo(ResponseCode.FORBIDDEN);
        assertThat(code(post("/oic/res", Map.of()))).isEqualTo(ResponseCode.FORBIDDEN);
    }

    @Test
    void methodsWithoutHandlerAreNotAllowed() {
        CoapRequest put = new CoapRequest(
                Method.PUT,
                Token.EMPTY,
                OcfRequests.get("/light/1").options(),
                post("/light/1", Map.of("state", true)).payload());

        assertThat(code(put)).isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
        assertThat(code(OcfRequests.delete("/switch/1"))).isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
        assertThat(code(post("/temperature/1?if=oic.if.baseline", Map.of())))
                .isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
    }

    @Test
    void postChangesWritablePropertiesAndAnswersChangedWithoutPayload() {
        CoapResponse answer = handle(post("/light/1", Map.of("state", true, "power", 42)));

        assertThat(answer.responseCode()).isEqualTo(ResponseCode.CHANGED);
        assertThat(answer.options().isEmpty()).isTrue();
        assertThat(answer.payload().isEmpty()).isTrue();
        assertThat(resources.get("/light/1").orElseThrow().properties())
                .containsEntry("state", true)
                .containsEntry("power", 42L);
    }

    @Test
    void postOfAReadOnlyUnknownOrMistypedPropertyIsABadRequestAndChangesNothing() {
        assertThat(code(post("/light/1", Map.of("name", "Lamp")))).isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(code(post("/light/1", Map.of("colour", "red")))).isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(code(post("/light/1", Map.of("state", true, "power", "high"))))
                .isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(resources.get("/light/1").orElseThrow().properties()).containsEntry("state", false);
    }

    @Test
    void badCborOrAForeignContentFormatIsABadRequest() {
        assertThat(code(OcfRequests.post("/light/1", new byte[] {(byte) 0xbf, 0x65, 0x73})))
                .isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(code(OcfRequests.post("/light/1", new byte[] {(byte) 0xa0, 0x00})))
                .isEqualTo(ResponseCode.BAD_REQUEST);
        CoapRequest json = OcfRequests.post("/light/1", "{}".getBytes(StandardCharsets.UTF_8))
                .withContentFormat(ContentFormat.APPLICATION_JSON);
        assertThat(code(json)).isEqualTo(ResponseCode.BAD_REQUEST);
    }

    @Test
    void blockWiseOptionsAreAnInternalServerError() {
        CoapRequest block1 = post("/light/1", Map.of("state", true));
        block1 = block1.withOptions(block1.options().withUint(OptionNumber.BLOCK1, 0x0e));

        assertThat(code(block1)).isEqualTo(ResponseCode.INTERNAL_SERVER_ERROR);
    }

    @Test
    void discoveryBaselineWrapsTheLinks() {
        List<?> body = (List<?>) Cbor.decode(
                handle(OcfRequests.get("/oic/res?if=oic.if.baseline")).payload().bytes());

        Map<?, ?> representation = (Map<?, ?>) body.get(0);
        assertThat(representation.get("rt")).isEqualTo(List.of("oic.wk.res"));
        assertThat((List<?>) representation.get("links")).hasSize(6);
    }

    @Test
    void discoveryBatchGivesEachResourcesBaselineRepresentation() {
        List<?> body = (List<?>) Cbor.decode(
                handle(OcfRequests.get("/oic/res?if=oic.if.b")).payload().bytes());

        assertThat(body).hasSize(5);
        Map<?, ?> light = (Map<?, ?>) body.get(2);
        assertThat(light.get("href")).isEqualTo("ocf://" + DI + "/light/1");
        assertThat(((Map<?, ?>) light.get("rep")).get("rt")).isEqualTo(List.of("core.light"));
    }

    @Test
    void observeOnDiscoveryIsAnsweredWithoutObserve() {
        CoapRequest get = OcfRequests.get("/oic/res");
        CoapResponse answer = handle(get.withOptions(get.options().withUint(OptionNumber.OBSERVE, 0)));

        assertThat(answer.responseCode()).isEqualTo(ResponseCode.CONTENT);
        assertThat(answer.options().observe()).isEmpty();
    }
}
