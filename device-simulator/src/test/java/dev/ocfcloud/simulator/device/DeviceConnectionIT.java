package dev.ocfcloud.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import dev.ocfcloud.simulator.state.StateStore;
import dev.ocfcloud.simulator.testing.Await;
import dev.ocfcloud.simulator.testing.CloudSession;
import dev.ocfcloud.simulator.testing.Script;
import dev.ocfcloud.simulator.testing.Script.Operation;
import dev.ocfcloud.simulator.testing.ScriptedCloud;
import dev.ocfcloud.simulator.testing.TestDevices;
import dev.ocfcloud.simulator.transport.OcfRequests;
import dev.ocfcloud.testkit.VertxTest;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection's life: reconnections, signals, keepalive, limits, sign-out and deregistration. */
@VertxTest
class DeviceConnectionIT {
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

    private SimulatedDevice signedInDevice(DeviceSettings settings) {
        SimulatedDevice device = TestDevices.start(
                vertx, client, TestDevices.light(cloud.address(), settings), StateStore.inMemory(), metrics);
        Await.result(device.signedIn());
        return device;
    }

    private SimulatedDevice signedInDevice() {
        return signedInDevice(TestDevices.fast());
    }

    @Test
    void reconnectsWhenTheCloudClosesAndSignsInWithoutSignUpOrPublish() {
        signedInDevice();
        CloudSession first = Await.result(cloud.connection(0));
        Await.result(first.request("/oic/rd"));

        Await.result(first.close());

        CloudSession second = Await.result(cloud.connection(1));
        CoapRequest signIn = Await.result(second.request("/oic/sec/session"));
        assertThat(Cbor.decodeMap(signIn.payload()))
                .containsEntry("accesstoken", Script.accessToken(1))
                .containsEntry("login", true);
        Await.pause(200);
        assertThat(second.requests("/oic/sec/account")).isEmpty();
        assertThat(second.requests("/oic/rd")).isEmpty();
        assertThat(metrics.failures(FailureReason.CLOSED_BY_CLOUD)).isEqualTo(1);
        assertThat(metrics.snapshot().keepalive().reconnects()).isEqualTo(1);
    }

    @Test
    void releaseMakesTheDeviceCloseAndReconnect() {
        signedInDevice();
        CloudSession first = Await.result(cloud.connection(0));

        first.write(Release.of(List.of(), Optional.empty(), "maintenance"));

        Await.result(first.closed());
        Await.result(Await.result(cloud.connection(1)).request("/oic/sec/session"));
        assertThat(cloud.script().count(Operation.SIGN_UP)).isEqualTo(1);
        assertThat(metrics.failures(FailureReason.RELEASED_BY_CLOUD)).isEqualTo(1);
        assertThat(metrics.failures(FailureReason.CLOSED_BY_CLOUD)).isZero();
    }

    @Test
    void anAbortIsOnlyRecordedAsIotivityLiteOnlyLogsIt() {
        signedInDevice();
        CloudSession session = Await.result(cloud.connection(0));

        session.write(Abort.of("bad CSM"));

        Await.until("abort counted", () -> metrics.failures(FailureReason.ABORTED_BY_CLOUD) == 1);
        Await.pause(200);
        assertThat(session.isClosed()).isFalse();
        assertThat(Await.result(session.ping(Token.fromHex("0102030405060708")))
                        .token()
                        .length())
                .isEqualTo(8);
    }

    @Test
    void answersThePingOfTheCloudWithAPongOfTheSameToken() {
        signedInDevice();
        Token token = Token.fromHex("0cbb849a378a0819");

        Pong pong = Await.result(Await.result(cloud.connection(0)).ping(token));

        assertThat(pong.token()).isEqualTo(token);
        assertThat(metrics.snapshot().keepalive().pingsReceived()).isEqualTo(1);
    }

    @Test
    void pingsTheCloudAtItsKeepaliveInterval() {
        signedInDevice(TestDevices.fast()
                .withKeepalive(new KeepaliveSettings(Duration.ofMillis(50), Duration.ofMillis(500), 6)));
        CloudSession session = Await.result(cloud.connection(0));

        Ping third = (Ping) Await.result(session.nth(Ping.class::isInstance, 2));

        assertThat(third.token().length()).isEqualTo(8);
        assertThat(session.received().stream()
                        .filter(Ping.class::isInstance)
                        .map(m -> m.token())
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(3);
        Await.until("pongs counted", () -> metrics.snapshot().keepalive().pongsReceived() >= 3);
    }

    @Test
    void reconnectsAfterSixMissedPongs() {
        cloud.script().ignorePings();
        signedInDevice(TestDevices.fast()
                .withKeepalive(new KeepaliveSettings(Duration.ofMillis(20), Duration.ofMillis(50), 6)));
        CloudSession first = Await.result(cloud.connection(0));

        Await.result(first.closed());

        assertThat(first.received().stream().filter(Ping.class::isInstance)).hasSize(6);
        assertThat(metrics.failures(FailureReason.PONG_MISSED)).isEqualTo(6);
        assertThat(metrics.failures(FailureReason.KEEPALIVE_FAILED)).isEqualTo(1);
        Await.result(Await.result(cloud.connection(1)).request("/oic/sec/session"));
    }

    @Test
    void closesTheConnectionOnAMalformedFrameAndReconnects() {
        signedInDevice();
        CloudSession first = Await.result(cloud.connection(0));

        first.writeBytes(HexFormat.of().parseHex("0901" + "00".repeat(9)));

        Await.result(first.closed());
        assertThat(metrics.failures(FailureReason.MALFORMED_FRAME)).isEqualTo(1);
        Await.result(Await.result(cloud.connection(1)).request("/oic/sec/session"));
    }

    @Test
    void sendsNothingLargerThanTheCloudsMaxMessageSize() {
        cloud.sendCsm(200);
        signedInDevice();
        CloudSession session = Await.result(cloud.connection(0));

        CoapResponse discovery = Await.result(session.send(OcfRequests.get("/oic/res")));

        assertThat(discovery.responseCode()).isEqualTo(ResponseCode.INTERNAL_SERVER_ERROR);
        assertThat(session.requests("/oic/rd")).isEmpty();
        assertThat(metrics.failures(FailureReason.MESSAGE_TOO_LARGE)).isEqualTo(2);
    }

    @Test
    void signsOutWithLoginFalseAndStaysConnected() {
        SimulatedDevice device = signedInDevice();

        Await.result(device.signOut());

        CloudSession session = Await.result(cloud.connection(0));
        List<CoapRequest> sessions = session.requests("/oic/sec/session");
        assertThat(Cbor.decodeMap(sessions.get(1).payload()))
                .containsEntry("login", false)
                .containsEntry("accesstoken", Script.accessToken(1))
                .containsEntry("uid", Script.UID);
        assertThat(device.status()).isEqualTo(DeviceStatus.SIGNED_OUT);
        assertThat(session.isClosed()).isFalse();
        assertThat(metrics.snapshot().signedInNow()).isZero();
    }

    @Test
    void deregistersWithTheAccessTokenWhenItFitsAndStops() {
        SimulatedDevice device = signedInDevice();

        Await.result(device.deregister());

        CloudSession session = Await.result(cloud.connection(0));
        CoapRequest delete = session.requests("/oic/sec/account").get(1);
        assertThat(delete.method()).isEqualTo(Method.DELETE);
        assertThat(delete.query())
                .containsExactly("uid=" + Script.UID, "di=" + device.di(), "accesstoken=" + Script.accessToken(1));
        assertThat(delete.payload().isEmpty()).isTrue();
        assertThat(device.status()).isEqualTo(DeviceStatus.DEREGISTERED);
        Await.result(session.closed());
        Await.pause(200);
        assertThat(cloud.connections()).isEqualTo(1);
        assertThat(metrics.snapshot().operations().deregistrations()).isEqualTo(1);
    }

    @Test
    void deregistersWithoutTheAccessTokenWhenAsked() {
        SimulatedDevice device = signedInDevice();

        Await.result(device.deregister(Optional.of(false)));

        CoapRequest delete =
                Await.result(cloud.connection(0)).requests("/oic/sec/account").get(1);
        assertThat(delete.query()).containsExactly("uid=" + Script.UID, "di=" + device.di());
    }
}
