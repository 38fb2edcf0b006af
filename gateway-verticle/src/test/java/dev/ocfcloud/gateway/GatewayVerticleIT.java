package dev.ocfcloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import dev.ocfcloud.model.config.GatewayConfig;
import dev.ocfcloud.testkit.InteropCaptures;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.NetClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway over a real loopback socket, seen from a device's end. */
@ExtendWith(VertxExtension.class)
class GatewayVerticleIT {
    private static final int MAX_MESSAGE_SIZE = 8192;
    private static final Token TOKEN = Token.fromHex("0cbb849a378a0819");

    private Vertx vertx;
    private GatewayVerticle gateway;
    private NetClient client;

    @BeforeEach
    void deployGateway(VertxTestContext context) {
        // A tight blocked-thread check: the gateway must never hold an event loop (STYLE.md, Vert.x 3).
        vertx = Vertx.vertx(new VertxOptions()
                .setMaxEventLoopExecuteTime(100)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS));
        gateway = new GatewayVerticle(
                new GatewayConfig("127.0.0.1", 0, MAX_MESSAGE_SIZE),
                DeviceSessionConfig.defaults(),
                TestServices::withoutIdentityProvider);
        client = vertx.createNetClient();
        vertx.deployVerticle(gateway).onComplete(context.succeedingThenComplete());
    }

    @AfterEach
    void closeVertx(VertxTestContext context) {
        // close() = shutdown without grace: Vert.x 5 would otherwise wait 30 s for open connections.
        client.close().compose(closed -> vertx.close()).onComplete(context.succeedingThenComplete());
    }

    @Test
    void cloudSendsItsCsmFirstWithoutWaitingForTheDevices(VertxTestContext context) {
        connect()
                .compose(TestDevice::next)
                .onComplete(context.succeeding(first -> context.verify(() -> {
                    assertThat(first).isInstanceOfSatisfying(Csm.class, csm -> {
                        assertThat(csm.maxMessageSize()).isEqualTo(MAX_MESSAGE_SIZE);
                        assertThat(csm.blockWiseTransfer()).isFalse();
                    });
                    context.completeNow();
                })));
    }

    @Test
    void pingIsAnsweredWithPongOfTheSameToken(VertxTestContext context) {
        exchange(Ping.of(TOKEN))
                .onComplete(context.succeeding(answer -> context.verify(() -> {
                    assertThat(answer).isInstanceOf(Pong.class);
                    assertThat(answer.token()).isEqualTo(TOKEN);
                    context.completeNow();
                })));
    }

    @Test
    void aRequestBeforeSignInIsUnauthorizedAndClosesTheConnection(VertxTestContext context) {
        connect()
                .compose(device -> device.next()
                        .compose(csm -> device.send(CoapRequest.get(TOKEN, "/oic/res")))
                        .compose(TestDevice::next)
                        .compose(answer -> device.closed().map(answer)))
                .onComplete(context.succeeding(answer -> context.verify(() -> {
                    assertThat(answer).isInstanceOfSatisfying(CoapResponse.class, response -> {
                        assertThat(response.responseCode()).isEqualTo(ResponseCode.UNAUTHORIZED);
                        assertThat(response.token()).isEqualTo(TOKEN);
                    });
                    context.completeNow();
                })));
    }

    @Test
    void aSignUpWhileTheIdentityProviderIsAwayIsServiceUnavailableNeverUnauthorized(VertxTestContext context) {
        byte[] signUp = Arrays.copyOf(InteropCaptures.bytes(InteropCaptures.PLAIN_PASSIVE), 138);

        connect()
                .compose(device -> device.next().compose(csm -> device.sendBytes(signUp)))
                .compose(TestDevice::next)
                .onComplete(context.succeeding(answer -> context.verify(() -> {
                    assertThat(answer).isInstanceOfSatisfying(CoapResponse.class, response -> {
                        assertThat(response.responseCode()).isEqualTo(ResponseCode.SERVICE_UNAVAILABLE);
                        assertThat(response.token()).isEqualTo(Token.fromHex("eb7c0ca4d71f17c7"));
                        assertThat(response.options().maxAge()).isPresent();
                    });
                    context.completeNow();
                })));
    }

    @Test
    void reservedTokenLengthIsAbortedAndTheConnectionClosed(VertxTestContext context) {
        assertAbortedAndClosed(context, HexFormat.of().parseHex("0901" + "00".repeat(9)), "TKL 9");
    }

    @Test
    void garbageIsAbortedAndTheConnectionClosed(VertxTestContext context) {
        byte[] http = "GET / HTTP/1.1\r\nHost: cloud\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

        assertAbortedAndClosed(context, http, "RFC 7252 §3.1");
    }

    @Test
    void frameAboveOurMaxMessageSizeIsAbortedAndTheConnectionClosed(VertxTestContext context) {
        assertAbortedAndClosed(context, HexFormat.of().parseHex("f07fffffff02"), "Max-Message-Size");
    }

    private void assertAbortedAndClosed(VertxTestContext context, byte[] bytes, String diagnostic) {
        connect()
                .compose(device -> device.next()
                        .compose(csm -> device.sendBytes(bytes))
                        .compose(TestDevice::next)
                        .compose(abort -> device.closed().map(abort)))
                .onComplete(context.succeeding(answer -> context.verify(() -> {
                    assertThat(answer)
                            .isInstanceOfSatisfying(
                                    Abort.class,
                                    abort -> assertThat(abort.diagnostic()).contains(diagnostic));
                    context.completeNow();
                })));
    }

    private Future<TestDevice> connect() {
        return TestDevice.connect(vertx, client, gateway.boundPort());
    }

    /** Connects, reads the CSM, sends {@code message} and returns the cloud's answer. */
    private Future<CoapMessage> exchange(CoapMessage message) {
        return connect()
                .compose(device -> device.next().compose(csm -> device.send(message)))
                .compose(TestDevice::next);
    }
}
