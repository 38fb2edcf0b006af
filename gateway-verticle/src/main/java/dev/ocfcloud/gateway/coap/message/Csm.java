package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;
import java.util.OptionalInt;

/** 7.01 Capabilities and Settings Message (RFC 8323 §5.3). */
public record Csm(Token token, Options options, Payload payload) implements Signal {
    /** §5.3.1: the largest message the sender can receive, uint 0–4 bytes. */
    public static final int MAX_MESSAGE_SIZE = 2;
    /** §5.3.2: the sender supports block-wise transfer (and so BERT), empty. */
    public static final int BLOCK_WISE_TRANSFER = 4;
    /** §5.3.1: what a peer may assume until it has seen a Max-Message-Size option. */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 1152;

    public Csm {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    public static Csm of(long maxMessageSize, boolean blockWiseTransfer) {
        OptionsBuilder options = Options.builder().addUint(MAX_MESSAGE_SIZE, maxMessageSize);
        if (blockWiseTransfer) {
            options.addEmpty(BLOCK_WISE_TRANSFER);
        }
        return new Csm(Token.EMPTY, options.build(), Payload.EMPTY);
    }

    @Override
    public CoapCode code() {
        return CSM;
    }

    public long maxMessageSize() {
        return options.uint(MAX_MESSAGE_SIZE, 4).orElse(DEFAULT_MAX_MESSAGE_SIZE);
    }

    public boolean blockWiseTransfer() {
        return options.has(BLOCK_WISE_TRANSFER);
    }

    /**
     * The first critical (odd) option this CSM carries: none is defined, so a peer sending one expects
     * something we cannot do, and §5.3 asks for an Abort naming it in Bad-CSM-Option.
     */
    public OptionalInt unknownCriticalOption() {
        for (int i = 0; i < options.size(); i++) {
            if (OptionNumber.isCritical(options.numberAt(i))) {
                return OptionalInt.of(options.numberAt(i));
            }
        }
        return OptionalInt.empty();
    }
}
