package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Malformed;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's CoAP-over-TCP connection: bytes from the socket go through a {@link CoapDecoder} to
 * the {@link ConnectionProtocol}, whose reactions are encoded back onto the socket. Everything runs on
 * the socket's event loop, so there is no locking; nothing here blocks.
 */
public final class CoapConnection {
    private static final Logger LOG = LoggerFactory.getLogger(CoapConnection.class);

    private final NetSocket socket;
    private final ConnectionProtocol protocol;
    private boolean closing;

    private CoapConnection(NetSocket socket, ConnectionProtocol protocol) {
        this.socket = socket;
        this.protocol = protocol;
    }

    /** Takes over a freshly accepted socket and sends our CSM straight away. */
    public static CoapConnection accept(NetSocket socket, int maxMessageSize) {
        CoapConnection connection = new CoapConnection(socket, new ConnectionProtocol(maxMessageSize));
        socket.handler(new CoapDecoder(maxMessageSize, connection::onFrame));
        socket.exceptionHandler(connection::onSocketFailure);
        socket.closeHandler(ignored -> LOG.debug("{} closed", socket.remoteAddress()));
        LOG.debug("{} connected", socket.remoteAddress());
        connection.carryOut(connection.protocol.onConnected());
        return connection;
    }

    /** The largest message the device can take, from its CSM (RFC 8323 §5.3.1). */
    public long peerMaxMessageSize() {
        return protocol.peerMaxMessageSize();
    }

    private void onFrame(DecodeResult result) {
        if (result instanceof Malformed malformed) {
            LOG.info("{} sent a malformed frame, aborting: {}", socket.remoteAddress(), malformed.diagnostic());
        }
        carryOut(protocol.on(result));
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
        LOG.debug("{} failed, closing: {}", socket.remoteAddress(), failure.toString());
        closing = true;
        socket.close().onFailure(closeFailure -> LOG.debug("close failed", closeFailure));
    }
}
