package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;

/** 7.03 Pong (RFC 8323 §5.4): the answer to a Ping, with the Ping's token. */
public record Pong(Token token, Options options, Payload payload) implements Signal {
    /** §5.4.1: everything received before the Ping has been processed; empty, elective. */
    public static final int CUSTODY = 2;

    public Pong {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    /** The Pong for {@code ping}: its token echoed (iotivity-lite matches the Pong by token). */
    public static Pong replyTo(Ping ping) {
        return new Pong(ping.token(), Options.EMPTY, Payload.EMPTY);
    }

    @Override
    public CoapCode code() {
        return PONG;
    }

    public boolean custody() {
        return options.has(CUSTODY);
    }

    public Pong withCustody() {
        return new Pong(token, options.replacing(CUSTODY, new byte[0]), payload);
    }
}
