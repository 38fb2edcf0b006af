package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * 7.05 Abort (RFC 8323 §5.6): the sender is closing the connection because of an error; the
 * diagnostic payload says which. Nothing more can be sent on the connection after it.
 */
public record Abort(Token token, Options options, Payload payload) implements Signal {
    /** §5.6: the CSM option that made the sender abort, uint 0–2 bytes. */
    public static final int BAD_CSM_OPTION = 2;

    public Abort {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    public static Abort of(String diagnostic) {
        return new Abort(Token.EMPTY, Options.EMPTY, Payload.utf8(diagnostic));
    }

    public static Abort badCsmOption(int optionNumber, String diagnostic) {
        Options options =
                Options.builder().addUint(BAD_CSM_OPTION, optionNumber).build();
        return new Abort(Token.EMPTY, options, Payload.utf8(diagnostic));
    }

    @Override
    public CoapCode code() {
        return ABORT;
    }

    public OptionalInt badCsmOption() {
        OptionalLong number = options.uint(BAD_CSM_OPTION, 2);
        return number.isPresent() ? OptionalInt.of((int) number.getAsLong()) : OptionalInt.empty();
    }

    public String diagnostic() {
        return payload.utf8();
    }
}
