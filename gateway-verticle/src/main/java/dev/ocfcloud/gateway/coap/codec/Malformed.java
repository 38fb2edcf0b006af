package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.Token;
import java.util.Objects;
import java.util.Optional;

/**
 * A frame that breaks RFC 8323 §3.2 / RFC 7252 §3 framing. The stream cannot be resynchronised after
 * it, so the decoder stops; the session answers (4.00 for a request whose token is known, RFC 7252
 * §5.4.1) and sends 7.05 Abort with {@link #diagnostic()} before closing (RFC 8323 §5.6).
 *
 * @param code the frame's code, when the header was read that far
 * @param token the frame's token, when the header was read that far
 */
public record Malformed(MalformedReason reason, String detail, Optional<CoapCode> code, Optional<Token> token)
        implements DecodeResult {
    public Malformed {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(token, "token");
    }

    static Malformed beforeToken(MalformedReason reason, String detail) {
        return new Malformed(reason, detail, Optional.empty(), Optional.empty());
    }

    static Malformed of(MalformedReason reason, String detail, CoapCode code, Token token) {
        return new Malformed(reason, detail, Optional.of(code), Optional.of(token));
    }

    /** A one-line explanation for a 7.05 Abort's diagnostic payload or a log. */
    public String diagnostic() {
        return reason.description() + ": " + detail;
    }
}
