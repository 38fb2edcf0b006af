package dev.ocfcloud.launcher.e2e;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Token;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A device's end of a CoAP-over-TCP connection driven from the test thread, byte for byte: what
 * it sends is exactly what the test gives it; what the cloud sends is queued in order.
 */
final class RawDevice implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final NetClient client = vertx.createNetClient();
    private final BlockingQueue<CoapMessage> received = new LinkedBlockingQueue<>();
    private final List<CoapRequest> cloudRequests = new ArrayList<>();
    private final Promise<Void> closed = Promise.promise();
    private final NetSocket socket;

    RawDevice(int port) throws Exception {
        Promise<NetSocket> connected = Promise.promise();
        // Connect from an event loop and set the handlers there, before the cloud's CSM arrives:
        // Vert.x drops bytes read while a socket has no handler.
        vertx.runOnContext(v -> client.connect(port, "127.0.0.1")
                .onSuccess(opened -> {
                    opened.handler(new CoapDecoder(1 << 20, result -> received.add(((Decoded) result).message())));
                    opened.closeHandler(closing -> closed.tryComplete());
                })
                .onComplete(connected));
        socket = TestCloud.await(connected.future());
    }

    void sendBytes(byte[] bytes) throws Exception {
        TestCloud.await(socket.write(Buffer.buffer(bytes)));
    }

    void send(CoapMessage message) throws Exception {
        sendBytes(CoapEncoder.toBytes(message));
    }

    /** The next message from the cloud, whatever it is. */
    CoapMessage next() throws InterruptedException {
        CoapMessage message = received.poll(15, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("the cloud sent nothing for 15 s");
        }
        return message;
    }

    /** The cloud's answer with this token; requests the cloud sends meanwhile are kept aside. */
    CoapMessage answerTo(Token token) throws InterruptedException {
        while (true) {
            CoapMessage message = next();
            if (message instanceof CoapRequest request) {
                cloudRequests.add(request);
            } else if (message.token().equals(token)) {
                return message;
            }
        }
    }

    /** The next request the cloud sends to the device. */
    CoapRequest nextCloudRequest() throws InterruptedException {
        if (!cloudRequests.isEmpty()) {
            return cloudRequests.remove(0);
        }
        while (true) {
            CoapMessage message = next();
            if (message instanceof CoapRequest request) {
                return request;
            }
        }
    }

    void answer(CoapResponse response) throws Exception {
        send(response);
    }

    boolean closedWithin(Duration wait) throws Exception {
        try {
            closed.future().toCompletionStage().toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        TestCloud.await(client.close().compose(v -> vertx.close()));
    }
}
