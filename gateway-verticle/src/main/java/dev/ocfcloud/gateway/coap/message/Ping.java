package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;

/** 7.02 Ping (RFC 8323 §5.4): the peer expects a Pong with the same token. */
public record Ping(Token token, Options options, Payload payload) implements Signal {
    /** §5.4.1: the Pong should wait until all earlier messages are processed; empty, elective. */
    public static final int CUSTODY = 2;

    public Ping {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    public static Ping of(Token token) {
        return new Ping(token, Options.EMPTY, Payload.EMPTY);
    }

    @Override
    public CoapCode code() {
        return PING;
    }

    public boolean custody() {
        return options.has(CUSTODY);
    }

    public Ping withCustody() {
        return new Ping(token, options.replacing(CUSTODY, new byte[0]), payload);
    }
}
