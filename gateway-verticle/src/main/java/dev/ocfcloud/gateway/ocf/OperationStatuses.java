package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.model.resource.OperationStatus;

/** A device's CoAP answer code as the cloud records it. */
public final class OperationStatuses {
    private OperationStatuses() {}

    public static OperationStatus of(ResponseCode code) {
        if (code.code().codeClass() == 2) {
            return switch (code.code().detail()) {
                case 1 -> OperationStatus.CREATED;
                case 2 -> OperationStatus.DELETED;
                case 4 -> OperationStatus.CHANGED;
                default -> OperationStatus.OK;
            };
        }
        if (code.code().codeClass() == 4) {
            return switch (code.code().detail()) {
                case 0 -> OperationStatus.BAD_REQUEST;
                case 1 -> OperationStatus.UNAUTHORIZED;
                case 3 -> OperationStatus.FORBIDDEN;
                case 4 -> OperationStatus.NOT_FOUND;
                case 5 -> OperationStatus.METHOD_NOT_ALLOWED;
                case 6 -> OperationStatus.NOT_ACCEPTABLE;
                default -> OperationStatus.BAD_REQUEST;
            };
        }
        return code.code().detail() == 3 ? OperationStatus.UNAVAILABLE : OperationStatus.ERROR;
    }
}
