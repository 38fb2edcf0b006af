package dev.ocfcloud.gateway.ocf.rd;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;

/** What every resource-directory request must satisfy: a signed-in device acting on itself. */
final class RdChecks {
    private RdChecks() {}

    static Session.SignedIn signedInDevice(Session session, CoapRequest request) {
        return session.signedIn()
                .orElseThrow(() -> new CloudException(CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "sign in first")));
    }

    static void sameDevice(Session.SignedIn device, String di) {
        DeviceId named = DeviceId.parse(di).orElseThrow(() -> BadRequest.because("'di' is not a UUID"));
        if (!named.equals(device.deviceId())) {
            throw new CloudException(CloudError.of(ErrorCode.AUTH_FORBIDDEN, "a device publishes only its own links"));
        }
    }
}
