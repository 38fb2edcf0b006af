package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.util.ArrayDeque;
import java.util.Queue;

/** A device's end of a loopback TCP connection: sends frames and reads the cloud's, in order. Used on its event loop. */
final class TestDevice {
    private final NetSocket socket;
    private final Queue<CoapMessage> received = new ArrayDeque<>();
    private final Queue<Promise<CoapMessage>> waiting = new ArrayDeque<>();
    private final Promise<Void> closed = Promise.promise();

    private TestDevice(NetSocket socket) {
        this.socket = socket;
        socket.handler(new CoapDecoder(1 << 20, this::onFrame));
        socket.exceptionHandler(this::onFailure);
        socket.closeHandler(ignored -> onFailure(new IllegalStateException("the cloud closed the connection")));
    }

    /**
     * Connects from an event loop, so the socket's handler is set before the first bytes are read:
     * Vert.x drops data that arrives while a socket has no handler, and the cloud speaks first (CSM).
     */
    static Future<TestDevice> connect(Vertx vertx, NetClient client, int port) {
        Promise<TestDevice> connected = Promise.promise();
        vertx.getOrCreateContext()
                .runOnContext(ignored ->
                        client.connect(port, "127.0.0.1").map(TestDevice::new).onComplete(connected));
        return connected.future();
    }

    /** The next message the cloud sends. */
    Future<CoapMessage> next() {
        CoapMessage message = received.poll();
        if (message != null) {
            return Future.succeededFuture(message);
        }
        if (closed.future().isComplete()) {
            return Future.failedFuture("the connection is closed");
        }
        Promise<CoapMessage> promise = Promise.promise();
        waiting.add(promise);
        return promise.future();
    }

    Future<TestDevice> send(CoapMessage message) {
        return sendBytes(CoapEncoder.encode(message).getBytes());
    }

    Future<TestDevice> sendBytes(byte[] bytes) {
        return socket.write(Buffer.buffer(bytes)).map(this);
    }

    /** Completes when the cloud closes the connection. */
    Future<Void> closed() {
        return closed.future();
    }

    /** Fails whoever still waits for a message: nothing more will come. */
    private void onFailure(Throwable failure) {
        closed.tryComplete();
        for (Promise<CoapMessage> promise = waiting.poll(); promise != null; promise = waiting.poll()) {
            promise.fail(failure);
        }
    }

    private void onFrame(DecodeResult result) {
        if (!(result instanceof Decoded(CoapMessage message))) {
            throw new AssertionError("the cloud sent a malformed frame: " + result);
        }
        Promise<CoapMessage> promise = waiting.poll();
        if (promise != null) {
            promise.complete(message);
        } else {
            received.add(message);
        }
    }
}
