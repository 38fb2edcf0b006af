package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.ResponseCode;

/** 5.03 or 5.04: a "connect error" to iotivity-lite, which retries (PROTOCOL.md §1.2). */
final class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServiceUnavailableException(String operation, ResponseCode code) {
        super(operation + " answered " + code, null, false, false);
    }
}
