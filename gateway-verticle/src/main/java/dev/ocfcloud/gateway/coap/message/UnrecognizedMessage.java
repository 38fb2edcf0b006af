package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;

/**
 * A well-framed message whose code has no type here: the reserved classes 1, 3 and 6 (RFC 7252
 * §12.1), request codes other than the four methods (e.g. FETCH of RFC 8132), and signal codes other
 * than 7.01–7.05. The decoder delivers it rather than failing because the frame's length still tells
 * where the next one starts; the session decides (4.05 for a request code, RFC 7252 §5.8; otherwise
 * ignore it).
 */
public record UnrecognizedMessage(CoapCode code, Token token, Options options, Payload payload) implements CoapMessage {
    public UnrecognizedMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
        if (!isUnrecognized(code)) {
            throw new IllegalArgumentException(code + " has its own message type");
        }
    }

    /** Whether {@link CoapMessage#of} gives a message of this code no type of its own. */
    static boolean isUnrecognized(CoapCode code) {
        return switch (code.codeClass()) {
            case 0 -> code.value() != 0 && Method.byCode(code.value()) == null;
            case 2, 4, 5 -> false;
            case 7 -> code.detail() < 1 || code.detail() > 5;
            default -> true;
        };
    }

    /** Whether the code is a request code, which deserves a 4.05 answer (RFC 7252 §5.8). */
    public boolean isRequestCode() {
        return code.codeClass() == 0;
    }
}
