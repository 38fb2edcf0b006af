package dev.ocfcloud.gateway.session;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import java.util.List;

/**
 * What a connection does about one inbound frame: the messages to send back, in order, and whether
 * to close the connection after them.
 */
public record Reaction(List<CoapMessage> replies, boolean close) {
    public static final Reaction NOTHING = new Reaction(List.of(), false);
    public static final Reaction CLOSE = new Reaction(List.of(), true);

    public Reaction {
        replies = List.copyOf(replies);
    }

    public static Reaction reply(CoapMessage message) {
        return new Reaction(List.of(message), false);
    }

    /** Send this last message, then close: how an Abort goes out (RFC 8323 §5.6). */
    public static Reaction replyAndClose(CoapMessage message) {
        return new Reaction(List.of(message), true);
    }
}
