package dev.ocfcloud.gateway.ocf.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.gateway.ocf.account.ExpiresIn;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.auth.VerifiedToken;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.command.UpdateDeviceConnection;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.GetDevice;
import dev.ocfcloud.model.resource.ConnectionStatus;
import io.vertx.core.Future;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /oic/sec/session}: sign-in ({@code login: true}) and sign-out. Sign-in checks the
 * access token (signature, expiry, owner = {@code uid}) and the device's ownership — through the
 * aggregate, which records the device online on this connection in the same step — then starts
 * observing the device's published resources.
 */
public final class SessionHandler implements OcfEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final TokenVerifier verifier;
    private final Commands commands;
    private final DirectoryClient directory;
    private final Clock clock;

    public SessionHandler(TokenVerifier verifier, Commands commands, DirectoryClient directory, Clock clock) {
        this.verifier = verifier;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        ObjectNode body = CborPayloads.map(request);
        JsonNode login = body.get("login");
        if (login == null || !login.isBoolean()) {
            throw BadRequest.because("'login' must be true or false");
        }
        DeviceId device = DeviceId.parse(CborPayloads.text(body, "di"))
                .orElseThrow(() -> BadRequest.because("'di' is not a UUID"));
        return login.asBoolean() ? signIn(request, session, body, device) : signOut(request, session);
    }

    private Future<CoapResponse> signIn(CoapRequest request, Session session, ObjectNode body, DeviceId device) {
        String uid = CborPayloads.text(body, "uid");
        String accessToken = CborPayloads.text(body, "accesstoken");
        if (session.signedIn()
                .filter(signedIn -> !signedIn.deviceId().equals(device))
                .isPresent()) {
            throw new CloudException(
                    CloudError.of(ErrorCode.AUTH_FORBIDDEN, "this connection belongs to another device"));
        }
        return verifier.verify(accessToken)
                .compose(token -> ownedBy(token, uid))
                .compose(token -> markOnline(session, device, token).map(token))
                .map(token -> {
                    session.signIn(new Session.SignedIn(device, token.owner(), token.expiresAt()));
                    observePublished(session, device, token.owner());
                    ObjectNode answer = CborPayloads.newMap();
                    answer.put("expiresin", ExpiresIn.secondsUntil(token.expiresAt(), clock.instant()));
                    return OcfResponses.cbor(request, ResponseCode.CHANGED, answer);
                });
    }

    private static Future<VerifiedToken> ownedBy(VerifiedToken token, String uid) {
        if (!token.owner().value().equals(uid)) {
            return Future.failedFuture(
                    new CloudException(CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "the token is not the uid's")));
        }
        return Future.succeededFuture(token);
    }

    /**
     * Records the device online here; an unknown or foreign device is refused as unauthorized (a
     * final answer: the device has to be onboarded again).
     */
    private Future<Void> markOnline(Session session, DeviceId device, VerifiedToken token) {
        return commands.send(new UpdateDeviceConnection(
                        device,
                        token.owner(),
                        CorrelationId.random(),
                        ConnectionStatus.ONLINE,
                        session.connectionId(),
                        session.gatewayNode()))
                .<Void>mapEmpty()
                .recover(failure -> {
                    ErrorCode code = CloudException.errorOf(failure).code();
                    if (code == ErrorCode.DEVICE_NOT_FOUND || code == ErrorCode.DEVICE_NOT_OWNED) {
                        return Future.failedFuture(new CloudException(CloudError.of(
                                ErrorCode.AUTH_TOKEN_INVALID, "the device is not registered to this user")));
                    }
                    return Future.failedFuture(failure);
                });
    }

    private void observePublished(Session session, DeviceId device, OwnerId owner) {
        directory
                .device(new GetDevice(owner, device))
                .onSuccess(view -> session.observe(view.links()))
                .onFailure(failure -> LOG.debug("no published links of {} yet: {}", device, failure.getMessage()));
    }

    private Future<CoapResponse> signOut(CoapRequest request, Session session) {
        Future<Void> offline = session.signedIn()
                .map(signedIn -> commands.send(new UpdateDeviceConnection(
                                signedIn.deviceId(),
                                signedIn.owner(),
                                CorrelationId.random(),
                                ConnectionStatus.OFFLINE,
                                session.connectionId(),
                                session.gatewayNode()))
                        .<Void>mapEmpty())
                .orElse(Future.succeededFuture());
        return offline.map(v -> {
            session.signOut();
            return OcfResponses.cbor(request, ResponseCode.CHANGED, CborPayloads.newMap());
        });
    }
}
