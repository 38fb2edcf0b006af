package dev.ocfcloud.gateway.ocf.account;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.command.UnregisterDevice;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Future;

/**
 * {@code DELETE /oic/sec/account?uid=…&di=…[&accesstoken=…]}: deregistration. A JWT never fits in
 * the device's query buffer, so a signed-in session authorises it on its own (PROTOCOL.md §1.2);
 * otherwise the query's access token must. Deleting what is already gone succeeds (2.02). The
 * connection closes after the answer: the device starts over from "uninitialized".
 */
public final class DeregisterHandler implements OcfEndpoint {
    private final TokenVerifier verifier;
    private final Commands commands;

    public DeregisterHandler(TokenVerifier verifier, Commands commands) {
        this.verifier = verifier;
        this.commands = commands;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        DeviceId device = request.queryParameter("di")
                .flatMap(DeviceId::parse)
                .orElseThrow(() -> BadRequest.because("'di' query parameter with a UUID is required"));
        return ownerFor(request, session, device)
                .compose(owner -> commands.send(new UnregisterDevice(device, owner, CorrelationId.random()))
                        .<Void>mapEmpty()
                        .recover(failure -> CloudException.errorOf(failure).code() == ErrorCode.DEVICE_NOT_FOUND
                                ? Future.succeededFuture()
                                : Future.failedFuture(failure)))
                .map(v -> {
                    session.signOut();
                    session.closeAfterReply();
                    return OcfResponses.empty(request, ResponseCode.DELETED);
                });
    }

    private Future<OwnerId> ownerFor(CoapRequest request, Session session, DeviceId device) {
        var signedIn = session.signedIn().filter(identity -> identity.deviceId().equals(device));
        if (signedIn.isPresent()) {
            return Future.succeededFuture(signedIn.get().owner());
        }
        return request.queryParameter("accesstoken")
                .map(token -> verifier.verify(token).map(verified -> verified.owner()))
                .orElseGet(() -> Future.failedFuture(new CloudException(
                        CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "sign in first, or give the access token"))));
    }
}
