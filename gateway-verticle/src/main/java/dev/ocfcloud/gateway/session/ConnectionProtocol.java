package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.codec.Malformed;
import dev.ocfcloud.gateway.coap.message.Abort;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Csm;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.gateway.coap.message.Pong;
import dev.ocfcloud.gateway.coap.message.Release;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.UnrecognizedMessage;
import java.util.OptionalInt;

/**
 * The RFC 8323 signalling rules of one connection: our CSM first, Pong for Ping, Abort for what
 * cannot be parsed, close on Release or Abort. Requests and responses are the device session's
 * business ({@link CoapConnection} hands them over before asking this class). Pure logic, no I/O.
 */
public final class ConnectionProtocol {
    private final int maxMessageSize;
    private long peerMaxMessageSize = Csm.DEFAULT_MAX_MESSAGE_SIZE;

    /** @param maxMessageSize the largest frame we accept, announced in our CSM */
    public ConnectionProtocol(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * Our CSM, sent as soon as the connection is up (RFC 8323 §5.3: the first message on a connection).
     * We do not wait for the device's: iotivity-lite sends none (PROTOCOL.md §1.0). No Block-Wise-Transfer
     * option: we do not do block-wise over TCP (PROTOCOL.md §6.6).
     */
    public Reaction onConnected() {
        return Reaction.reply(Csm.of(maxMessageSize, false));
    }

    /** The largest message the device said it can take (RFC 8323 §5.3.1), 1152 until it says. */
    public long peerMaxMessageSize() {
        return peerMaxMessageSize;
    }

    public Reaction on(DecodeResult result) {
        return switch (result) {
            case Decoded(CoapMessage message) -> on(message);
            case Malformed malformed -> Reaction.replyAndClose(Abort.of(malformed.diagnostic()));
        };
    }

    private Reaction on(CoapMessage message) {
        return switch (message) {
            case Csm csm -> onCsm(csm);
            case Ping ping -> Reaction.reply(Pong.replyTo(ping));
            // RFC 8323 §5.5 / §5.6: the peer is leaving; nothing of ours is in flight, so close now.
            case Release release -> Reaction.CLOSE;
            case Abort abort -> Reaction.CLOSE;
            // RFC 7252 §5.8: a request code we do not know gets 4.05.
            case UnrecognizedMessage unrecognized
            when unrecognized.isRequestCode() ->
                Reaction.reply(CoapResponse.of(unrecognized.token(), ResponseCode.METHOD_NOT_ALLOWED));
            // Pongs, empty keepalives (RFC 8323 §3.4), other codes; requests and responses go to the session.
            default -> Reaction.NOTHING;
        };
    }

    private Reaction onCsm(Csm csm) {
        OptionalInt unknownCritical = csm.unknownCriticalOption();
        if (unknownCritical.isPresent()) {
            // RFC 8323 §5.3: a critical CSM option we do not understand ends the connection.
            int number = unknownCritical.getAsInt();
            return Reaction.replyAndClose(Abort.badCsmOption(number, "unknown critical CSM option " + number));
        }
        peerMaxMessageSize = csm.maxMessageSize();
        return Reaction.NOTHING;
    }
}
