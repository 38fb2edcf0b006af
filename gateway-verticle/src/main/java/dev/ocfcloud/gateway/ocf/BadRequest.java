package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;

/** Builds the exception of a request the device got wrong: answered 4.00 with the detail. */
public final class BadRequest {
    private BadRequest() {}

    public static CloudException because(String detail) {
        return new CloudException(CloudError.of(ErrorCode.INVALID_COMMAND, detail));
    }
}
