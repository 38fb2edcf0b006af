package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.ResponseCode;

/** The cloud answered a device request with an error (4.xx, or 5.xx other than 5.03/5.04). */
public final class CloudRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ResponseCode code;

    public CloudRejectedException(String operation, ResponseCode code) {
        super(operation + " answered " + code, null, false, false);
        this.code = code;
    }

    public ResponseCode code() {
        return code;
    }

    public boolean unauthorized() {
        return code.equals(ResponseCode.UNAUTHORIZED);
    }
}
