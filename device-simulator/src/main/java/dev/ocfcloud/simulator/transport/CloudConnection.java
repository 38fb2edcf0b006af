package dev.ocfcloud.simulator.transport;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.codec.Malformed;
import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.EmptyMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.coap.message.UnrecognizedMessage;
import dev.ocfcloud.simulator.metrics.FailureReason;
import dev.ocfcloud.simulator.metrics.SimulatorMetrics;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's CoAP-over-TCP connection to the cloud (RFC 8323): frames in through our {@link
 * CoapDecoder}, out through {@link CoapEncoder}. It matches answers to requests by token, answers the
 * cloud's Ping with a Pong, closes on Release or malformed input (as iotivity-lite does), records the
 * cloud's Max-Message-Size from its CSM and refuses to send anything larger. Requests from the cloud
 * go to the {@link #requestHandler}.
 *
 * <p>Confined to the event loop of the context it was opened on; nothing here blocks.
 */
public final class CloudConnection {
    private static final Logger LOG = LoggerFactory.getLogger(CloudConnection.class);

    private final NetSocket socket;
    private final SimulatorMetrics metrics;
    private final PendingExchanges pending;
    private final Promise<CloseReason> closed = Promise.promise();
    private Consumer<CoapRequest> requestHandler = request -> {};
    private long peerMaxMessageSize = Csm.DEFAULT_MAX_MESSAGE_SIZE;
    private CloseReason closeReason = CloseReason.CLOSED_BY_CLOUD;
    private boolean closing;

    private CloudConnection(Vertx vertx, NetSocket socket, int maxMessageSize, SimulatorMetrics metrics) {
        this.socket = socket;
        this.metrics = metrics;
        this.pending = new PendingExchanges(vertx);
        socket.handler(new CoapDecoder(maxMessageSize, this::onFrame));
        socket.exceptionHandler(failure -> LOG.debug("connection to the cloud failed: {}", failure.toString()));
        socket.closeHandler(ignored -> onClosed());
    }

    /**
     * Connects; call it on the device's context, so the decoder is in place before the first byte is
     * read (Vert.x drops data arriving at a socket without a handler).
     *
     * @param maxMessageSize the largest frame we accept from the cloud
     */
    public static Future<CloudConnection> open(
            Vertx vertx, NetClient client, CloudAddress address, int maxMessageSize, SimulatorMetrics metrics) {
        return client.connect(address.port(), address.host())
                .map(socket -> new CloudConnection(vertx, socket, maxMessageSize, metrics));
    }

    /** Sends the request with a fresh token and waits for the answer with that token. */
    public Future<CoapResponse> exchange(CoapRequest request, Duration timeout) {
        Token token = pending.newToken();
        Future<CoapMessage> answer = await(token, timeout);
        Future<Void> sent = send(request.withToken(token));
        if (sent.failed()) {
            pending.forget(token);
            return Future.failedFuture(sent.cause());
        }
        return answer.compose(message -> message instanceof CoapResponse response
                ? Future.succeededFuture(response)
                : Future.failedFuture(new IllegalStateException("a request was answered by " + message)));
    }

    /** RFC 8323 §5.4: a Ping with a fresh 8-byte token; succeeds when its Pong arrives in time. */
    public Future<Void> ping(Duration timeout) {
        Token token = pending.newToken();
        Future<CoapMessage> answer = await(token, timeout);
        send(Ping.of(token));
        metrics.pingSent();
        return answer.compose(message -> message instanceof Pong
                ? Future.<Void>succeededFuture()
                : Future.failedFuture(new IllegalStateException("a Ping was answered by " + message)));
    }

    /** RFC 8323 §5.3: a CSM with an 8-byte token and our Max-Message-Size, no Block-Wise-Transfer. */
    public Future<Void> sendCsm(long maxMessageSize) {
        Options options = Csm.of(maxMessageSize, false).options();
        return send(new Csm(pending.newToken(), options, Payload.EMPTY));
    }

    private Future<CoapMessage> await(Token token, Duration timeout) {
        if (closing) {
            return Future.failedFuture(new ConnectionClosedException(closeReason));
        }
        return pending.await(token, timeout);
    }

    /**
     * Sends a message as it is. One larger than the cloud's Max-Message-Size is not sent: a request
     * fails with {@link MessageTooLargeException}, a response is replaced by 5.00.
     */
    public Future<Void> send(CoapMessage message) {
        if (closing) {
            return Future.failedFuture(new ConnectionClosedException(closeReason));
        }
        int size = CoapEncoder.frameSize(message);
        if (size > peerMaxMessageSize) {
            metrics.failure(FailureReason.MESSAGE_TOO_LARGE);
            if (!(message instanceof CoapResponse response)) {
                return Future.failedFuture(new MessageTooLargeException(size, peerMaxMessageSize));
            }
            return send(CoapResponse.of(response.token(), ResponseCode.INTERNAL_SERVER_ERROR));
        }
        return socket.write(CoapEncoder.encode(message));
    }

    public void requestHandler(Consumer<CoapRequest> handler) {
        this.requestHandler = Objects.requireNonNull(handler, "handler");
    }

    /** The largest frame the cloud accepts: its CSM's Max-Message-Size, 1152 until one came (RFC 8323 §5.3.1). */
    public long peerMaxMessageSize() {
        return peerMaxMessageSize;
    }

    public boolean isOpen() {
        return !closing;
    }

    /** Closes the connection for {@code reason}; the first reason given is the one reported. */
    public Future<Void> close(CloseReason reason) {
        if (!closing) {
            closing = true;
            closeReason = reason;
        }
        return socket.close();
    }

    /** Completes, with the reason, when the connection has ended. */
    public Future<CloseReason> closed() {
        return closed.future();
    }

    private void onFrame(DecodeResult result) {
        switch (result) {
            case Decoded(CoapMessage message) -> onMessage(message);
            case Malformed malformed -> onMalformed(malformed);
        }
    }

    private void onMalformed(Malformed malformed) {
        LOG.debug("malformed frame from the cloud, closing: {}", malformed.diagnostic());
        metrics.failure(FailureReason.MALFORMED_FRAME);
        close(CloseReason.MALFORMED_INPUT);
    }

    private void onMessage(CoapMessage message) {
        switch (message) {
            case CoapResponse response -> pending.complete(response);
            case CoapRequest request -> requestHandler.accept(request);
            case Ping ping -> onPing(ping);
            case Pong pong -> onPong(pong);
            case Csm csm -> peerMaxMessageSize = csm.maxMessageSize();
            case Release release -> onRelease(release);
            case Abort abort -> onAbort(abort);
            case EmptyMessage ignored -> {
                // RFC 8323 §3.4: an empty message is a keepalive to ignore.
            }
            case UnrecognizedMessage other -> onUnrecognized(other);
        }
    }

    private void onPing(Ping ping) {
        metrics.pingReceived();
        send(Pong.replyTo(ping));
    }

    private void onPong(Pong pong) {
        if (pending.complete(pong)) {
            metrics.pongReceived();
        }
    }

    private void onRelease(Release release) {
        LOG.debug("the cloud released the connection: {}", release.diagnostic());
        metrics.failure(FailureReason.RELEASED_BY_CLOUD);
        close(CloseReason.RELEASED);
    }

    private void onAbort(Abort abort) {
        // iotivity-lite only logs an Abort (PROTOCOL.md §2); the cloud closes the connection after it.
        LOG.info("the cloud aborted the connection: {}", abort.diagnostic());
        metrics.failure(FailureReason.ABORTED_BY_CLOUD);
    }

    private void onUnrecognized(UnrecognizedMessage message) {
        if (message.isRequestCode()) {
            send(CoapResponse.of(message.token(), ResponseCode.METHOD_NOT_ALLOWED));
        }
    }

    private void onClosed() {
        closing = true;
        if (closeReason == CloseReason.CLOSED_BY_CLOUD) {
            metrics.failure(FailureReason.CLOSED_BY_CLOUD);
        }
        pending.failAll(new ConnectionClosedException(closeReason));
        closed.tryComplete(closeReason);
    }
}
