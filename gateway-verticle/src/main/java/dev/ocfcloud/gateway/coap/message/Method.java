package dev.ocfcloud.gateway.coap.message;

import java.util.Optional;

/**
 * The request methods of RFC 7252 §5.8 (codes 0.01–0.04). Other class-0 codes (e.g. FETCH/PATCH of
 * RFC 8132) arrive as {@link UnrecognizedMessage}, which a session answers with 4.05 (RFC 7252 §5.8).
 */
public enum Method {
    GET(1),
    POST(2),
    PUT(3),
    DELETE(4);

    private final int detail;

    Method(int detail) {
        this.detail = detail;
    }

    /** The request code 0.0{@code n}; codes are interned, so this does not allocate. */
    public CoapCode code() {
        return CoapCode.of(0, detail);
    }

    /** The method with this code, if it is one of the four. */
    public static Optional<Method> of(CoapCode code) {
        return Optional.ofNullable(byCode(code.value()));
    }

    /** The method with this code byte, or null: no allocation on the decoding path. */
    static Method byCode(int code) {
        return switch (code) {
            case 1 -> GET;
            case 2 -> POST;
            case 3 -> PUT;
            case 4 -> DELETE;
            default -> null;
        };
    }
}
