package dev.ocfcloud.gateway.coap.message;

/**
 * A CoAP message as carried over TCP (RFC 8323 §3.2): code, token, options and payload, with no type
 * and no message ID. Immutable. The kind of message follows from the code class (RFC 7252 §12.1):
 * requests, responses, the signals of RFC 8323 §5, the empty message, and codes with no meaning to us.
 */
public sealed interface CoapMessage permits CoapRequest, CoapResponse, Signal, EmptyMessage, UnrecognizedMessage {
    CoapCode code();

    Token token();

    Options options();

    Payload payload();

    /** The message of the type its code calls for; how a decoder builds what it read. */
    static CoapMessage of(CoapCode code, Token token, Options options, Payload payload) {
        return switch (code.codeClass()) {
            case 0 -> requestOrOther(code, token, options, payload);
            case 2, 4, 5 -> new CoapResponse(ResponseCode.of(code), token, options, payload);
            case 7 -> signalOrOther(code, token, options, payload);
            default -> new UnrecognizedMessage(code, token, options, payload);
        };
    }

    private static CoapMessage requestOrOther(CoapCode code, Token token, Options options, Payload payload) {
        if (code.value() == 0) {
            return EmptyMessage.of(token, options, payload);
        }
        Method method = Method.byCode(code.value());
        return method == null
                ? new UnrecognizedMessage(code, token, options, payload)
                : new CoapRequest(method, token, options, payload);
    }

    private static CoapMessage signalOrOther(CoapCode code, Token token, Options options, Payload payload) {
        return switch (code.detail()) {
            case 1 -> new Csm(token, options, payload);
            case 2 -> new Ping(token, options, payload);
            case 3 -> new Pong(token, options, payload);
            case 4 -> new Release(token, options, payload);
            case 5 -> new Abort(token, options, payload);
            default -> new UnrecognizedMessage(code, token, options, payload);
        };
    }
}
