package dev.ocfcloud.gateway.ocf.account;

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
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.auth.TokenEndpointClient;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.command.RegisterDevice;
import io.vertx.core.Future;

/**
 * {@code POST /oic/sec/account}: sign-up. The device's {@code accesstoken} (legacy:
 * {@code authcode}) is an authorization code from its owner; it is exchanged at the configured
 * OAuth2 token endpoint, the owner is read from the access token, the device is registered to
 * that owner, and the tokens go back to the device (PROTOCOL.md §1.1, DESIGN §3).
 */
public final class SignUpHandler implements OcfEndpoint {
    private final TokenEndpointClient tokenEndpoint;
    private final TokenVerifier verifier;
    private final Commands commands;
    private final SignUpExchanges exchanges;
    private final String redirectUri;

    public SignUpHandler(
            TokenEndpointClient tokenEndpoint,
            TokenVerifier verifier,
            Commands commands,
            SignUpExchanges exchanges,
            String redirectUri) {
        this.tokenEndpoint = tokenEndpoint;
        this.verifier = verifier;
        this.commands = commands;
        this.exchanges = exchanges;
        this.redirectUri = redirectUri;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        ObjectNode body = CborPayloads.map(request);
        DeviceId device = DeviceId.parse(CborPayloads.text(body, "di"))
                .orElseThrow(() -> BadRequest.because("'di' is not a UUID"));
        String code = CborPayloads.optionalText(body, "accesstoken")
                .or(() -> CborPayloads.optionalText(body, "authcode"))
                .orElseThrow(() -> BadRequest.because("'accesstoken' (the authorization code) is required"));
        return exchanges
                .exchange(device, code, () -> exchange(code))
                .compose(exchanged -> register(device, exchanged))
                .map(exchanged -> OcfResponses.cbor(request, ResponseCode.CHANGED, answer(exchanged)));
    }

    private Future<SignUpExchanges.Exchanged> exchange(String code) {
        return tokenEndpoint
                .exchangeCode(code, redirectUri)
                .compose(grant ->
                        verifier.verify(grant.accessToken()).map(token -> new SignUpExchanges.Exchanged(grant, token)));
    }

    private Future<SignUpExchanges.Exchanged> register(DeviceId device, SignUpExchanges.Exchanged exchanged) {
        return commands.send(new RegisterDevice(device, exchanged.token().owner(), CorrelationId.random()))
                .map(events -> exchanged);
    }

    private ObjectNode answer(SignUpExchanges.Exchanged exchanged) {
        ObjectNode answer = CborPayloads.newMap();
        answer.put("accesstoken", exchanged.grant().accessToken());
        answer.put("refreshtoken", exchanged.grant().refreshToken());
        answer.put("uid", exchanged.token().owner().value());
        answer.put("expiresin", ExpiresIn.seconds(exchanged.grant().expiresIn()));
        answer.put("redirecturi", redirectUri);
        return answer;
    }

    /** For sign-up answers the code is not needed any more; documented here for the router. */
    static ResponseCode success() {
        return ResponseCode.CHANGED;
    }
}
