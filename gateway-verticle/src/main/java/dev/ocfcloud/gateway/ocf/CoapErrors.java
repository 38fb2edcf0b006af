package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorKind;

/**
 * The one place where cloud errors become CoAP answers. Anything transient is 5.03 with Max-Age
 * (the device retries); 4.01 only for a refusal that is final, since it makes a real device wipe
 * its cloud configuration (PROTOCOL.md §6.4).
 */
public final class CoapErrors {
    /** Seconds a device should wait before retrying after 5.03 (Max-Age, RFC 7252 §5.9.3.4). */
    static final long RETRY_AFTER_SECONDS = 2;

    private CoapErrors() {}

    public static CoapResponse toResponse(CoapRequest request, Throwable failure) {
        return toResponse(request, CloudException.errorOf(failure));
    }

    public static CoapResponse toResponse(CoapRequest request, CloudError error) {
        ResponseCode code = codeOf(error.code().kind());
        CoapResponse response = CoapResponse.of(request, code)
                // RFC 7252 §5.5.2: a diagnostic payload, UTF-8, no Content-Format.
                .withPayload(Payload.utf8(error.code().code()));
        if (code.equals(ResponseCode.SERVICE_UNAVAILABLE)) {
            response = response.withUintOption(OptionNumber.MAX_AGE, RETRY_AFTER_SECONDS);
        }
        return response;
    }

    public static ResponseCode codeOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> ResponseCode.BAD_REQUEST;
            case UNAUTHENTICATED -> ResponseCode.UNAUTHORIZED;
            case FORBIDDEN, CONFLICT -> ResponseCode.FORBIDDEN;
            case NOT_FOUND -> ResponseCode.NOT_FOUND;
            case TOO_LARGE -> ResponseCode.REQUEST_ENTITY_TOO_LARGE;
            case OVERLOADED, UNAVAILABLE -> ResponseCode.SERVICE_UNAVAILABLE;
            case TIMEOUT -> ResponseCode.GATEWAY_TIMEOUT;
            case INTERNAL -> ResponseCode.INTERNAL_SERVER_ERROR;
        };
    }
}
