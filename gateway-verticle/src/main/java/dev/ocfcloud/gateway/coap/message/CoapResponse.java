package dev.ocfcloud.gateway.coap.message;

import java.util.Objects;

/**
 * A response (code class 2, 4 or 5, RFC 7252 §5.9). Over TCP it goes back on the request's connection
 * with the request's token (RFC 8323 §3.3). Immutable: the {@code with…} methods return new responses,
 * e.g. {@code CoapResponse.of(request, CHANGED).withContentFormat(OCF_CBOR).withPayload(cbor)}.
 */
public record CoapResponse(ResponseCode responseCode, Token token, Options options, Payload payload)
        implements CoapMessage {
    public CoapResponse {
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(payload, "payload");
    }

    /** The answer to {@code request}: its token, no options, no payload. */
    public static CoapResponse of(CoapRequest request, ResponseCode code) {
        return of(request.token(), code);
    }

    public static CoapResponse of(Token token, ResponseCode code) {
        return new CoapResponse(code, token, Options.EMPTY, Payload.EMPTY);
    }

    @Override
    public CoapCode code() {
        return responseCode.code();
    }

    public CoapResponse withOptions(Options newOptions) {
        return new CoapResponse(responseCode, token, newOptions, payload);
    }

    /** Adds an option (after any others of the same number). */
    public CoapResponse withOption(int number, byte[] value) {
        return withOptions(options.with(number, value));
    }

    /** Sets a uint option, replacing any of the same number. */
    public CoapResponse withUintOption(int number, long value) {
        return withOptions(options.replacing(number, OptionUint.encode(value)));
    }

    public CoapResponse withContentFormat(ContentFormat format) {
        return withUintOption(OptionNumber.CONTENT_FORMAT, format.value());
    }

    /** With a copy of these bytes as payload. */
    public CoapResponse withPayload(byte[] bytes) {
        return withPayload(Payload.copyOf(bytes));
    }

    public CoapResponse withPayload(Payload newPayload) {
        return new CoapResponse(responseCode, token, options, newPayload);
    }
}
