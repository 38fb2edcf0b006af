package dev.ocfcloud.gateway.coap.message;

/**
 * The empty message, code 0.00: over TCP a keepalive that "MUST be ignored by the recipient" (RFC 8323
 * §3.4). It has no token, options or payload (RFC 7252 §4.1).
 */
public record EmptyMessage() implements CoapMessage {
    public static final EmptyMessage INSTANCE = new EmptyMessage();

    static EmptyMessage of(Token token, Options options, Payload payload) {
        if (token.length() != 0 || !options.isEmpty() || !payload.isEmpty()) {
            throw new IllegalArgumentException("an empty message has no token, options or payload (RFC 7252 §4.1)");
        }
        return INSTANCE;
    }

    @Override
    public CoapCode code() {
        return CoapCode.EMPTY;
    }

    @Override
    public Token token() {
        return Token.EMPTY;
    }

    @Override
    public Options options() {
        return Options.EMPTY;
    }

    @Override
    public Payload payload() {
        return Payload.EMPTY;
    }
}
