package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.codec.Malformed;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's CoAP-over-TCP connection: bytes from the socket go through a {@link CoapDecoder};
 * signals are answered by the {@link ConnectionProtocol}, requests and responses go to the
 * {@link Listener} (the device session). Everything runs on the socket's event loop, so there is no
 * locking; nothing here blocks.
 */
public final class CoapConnection {
    private static final Logger LOG = LoggerFactory.getLogger(CoapConnection.class);

    /** Who gets the requests and responses of a connection. */
    public interface Listener {
        void onRequest(CoapRequest request);

        void onResponse(CoapResponse response);

        /** Any frame at all arrived: the device is alive. */
        void onFrame();

        void onClosed();
    }

    private final NetSocket socket;
    private final ConnectionProtocol protocol;
    private Listener listener;
    private boolean closing;

    private CoapConnection(NetSocket socket, ConnectionProtocol protocol) {
        this.socket = socket;
        this.protocol = protocol;
    }

    /** Takes over a freshly accepted socket and sends our CSM straight away. */
    public static CoapConnection accept(NetSocket socket, int maxMessageSize, Listener listener) {
        CoapConnection connection = new CoapConnection(socket, new ConnectionProtocol(maxMessageSize));
        connection.listener = listener;
        socket.handler(new CoapDecoder(maxMessageSize, connection::onFrame));
        socket.exceptionHandler(connection::onSocketFailure);
        socket.closeHandler(ignored -> connection.listener.onClosed());
        connection.carryOut(connection.protocol.onConnected());
        return connection;
    }

    /** The largest message the device can take, from its CSM (RFC 8323 §5.3.1). */
    public long peerMaxMessageSize() {
        return protocol.peerMaxMessageSize();
    }

    public String remoteAddress() {
        return String.valueOf(socket.remoteAddress());
    }

    public boolean isClosing() {
        return closing;
    }

    /**
     * Sends a message unless the device said it cannot take one that large (iotivity-lite closes
     * the session on such a message, PROTOCOL.md §6.6).
     *
     * @return whether it went out
     */
    public boolean send(CoapMessage message) {
        if (closing) {
            return false;
        }
        if (CoapEncoder.frameSize(message) > peerMaxMessageSize()) {
            LOG.warn(
                    "{}: {} of {} bytes exceeds the device's Max-Message-Size {}; not sent",
                    remoteAddress(),
                    message.code(),
                    CoapEncoder.frameSize(message),
                    peerMaxMessageSize());
            return false;
        }
        socket.write(CoapEncoder.encode(message)).onFailure(this::onSocketFailure);
        return true;
    }

    /** Sends a last message (e.g. 7.04 Release, an Abort, a final 4.01) and closes. */
    public void sendAndClose(CoapMessage last) {
        if (closing) {
            return;
        }
        closing = true;
        socket.end(CoapEncoder.encode(last)).onFailure(this::onSocketFailure);
    }

    public void close() {
        if (!closing) {
            closing = true;
            socket.close().onFailure(failure -> LOG.debug("close failed", failure));
        }
    }

    private void onFrame(DecodeResult result) {
        if (closing) {
            return;
        }
        listener.onFrame();
        if (result instanceof Decoded(CoapRequest request)) {
            listener.onRequest(request);
        } else if (result instanceof Decoded(CoapResponse response)) {
            listener.onResponse(response);
        } else {
            if (result instanceof Malformed malformed) {
                LOG.info("{} sent a malformed frame, aborting: {}", remoteAddress(), malformed.diagnostic());
            }
            carryOut(protocol.on(result));
        }
    }

    private void carryOut(Reaction reaction) {
        if (closing) {
            return;
        }
        Buffer out = Buffer.buffer();
        for (CoapMessage reply : reaction.replies()) {
            CoapEncoder.encodeTo(reply, out);
        }
        if (reaction.close()) {
            closing = true;
            socket.end(out).onFailure(this::onSocketFailure);
        } else if (out.length() > 0) {
            socket.write(out).onFailure(this::onSocketFailure);
        }
    }

    private void onSocketFailure(Throwable failure) {
        LOG.debug("{} failed, closing: {}", remoteAddress(), failure.toString());
        closing = true;
        socket.close().onFailure(closeFailure -> LOG.debug("close failed", closeFailure));
    }
}
