package dev.ocfcloud.gateway.ocf.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.gateway.ocf.account.ExpiresIn;
import dev.ocfcloud.model.auth.TokenEndpointClient;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Future;

/**
 * {@code POST /oic/sec/tokenrefresh}: exchanges the device's refresh token at the token endpoint
 * and answers {@code accesstoken, refreshtoken, expiresin}. The new token must still name the
 * device's user ({@code uid}). Allowed before sign-in: a device with an expired token refreshes
 * first, then signs in.
 */
public final class TokenRefreshHandler implements OcfEndpoint {
    private final TokenEndpointClient tokenEndpoint;
    private final TokenVerifier verifier;

    public TokenRefreshHandler(TokenEndpointClient tokenEndpoint, TokenVerifier verifier) {
        this.tokenEndpoint = tokenEndpoint;
        this.verifier = verifier;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        ObjectNode body = CborPayloads.map(request);
        String uid = CborPayloads.text(body, "uid");
        CborPayloads.text(body, "di");
        String refreshToken = CborPayloads.text(body, "refreshtoken");
        return tokenEndpoint
                .refresh(refreshToken)
                .compose(grant -> sameUser(grant, uid))
                .map(grant -> {
                    ObjectNode answer = CborPayloads.newMap();
                    answer.put("accesstoken", grant.accessToken());
                    answer.put("refreshtoken", grant.refreshToken());
                    answer.put("expiresin", ExpiresIn.seconds(grant.expiresIn()));
                    return OcfResponses.cbor(request, ResponseCode.CHANGED, answer);
                });
    }

    private Future<TokenGrant> sameUser(TokenGrant grant, String uid) {
        return verifier.verify(grant.accessToken())
                .compose(token -> token.owner().value().equals(uid)
                        ? Future.succeededFuture(grant)
                        : Future.failedFuture(new CloudException(
                                CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "the refresh token is not the uid's"))));
    }
}
