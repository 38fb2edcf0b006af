package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.OAuthException;
import dev.ocfcloud.api.oauth.OAuthResponses;
import dev.ocfcloud.api.oauth.client.ClientRegistry;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /oauth/token} (RFC 6749 §3.2): authenticates the client, runs the grant, answers
 * with tokens (§5.1) or an error (§5.2). Bad input is always a 4xx.
 */
public final class TokenEndpoint implements Handler<RoutingContext> {
    public static final String PATH = "/oauth/token";
    static final String FORM = "application/x-www-form-urlencoded";

    private final ClientRegistry clients;
    private final Map<GrantType, GrantHandler> grants;

    public TokenEndpoint(ClientRegistry clients, Map<GrantType, GrantHandler> grants) {
        this.clients = clients;
        this.grants = Map.copyOf(grants);
    }

    @Override
    public void handle(RoutingContext routing) {
        Future<IssuedTokens> issued;
        try {
            issued = tokens(routing);
        } catch (OAuthException refused) {
            issued = Future.failedFuture(refused);
        }
        issued.onSuccess(tokens -> OAuthResponses.tokens(routing, tokens))
                .onFailure(failure -> OAuthResponses.error(routing, failure));
    }

    private Future<IssuedTokens> tokens(RoutingContext routing) {
        String contentType = routing.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw OAuthError.INVALID_REQUEST.because("the body must be " + FORM);
        }
        TokenRequest request = new TokenRequest(routing.request().formAttributes());
        ClientCredentials credentials =
                ClientCredentials.of(routing.request().getHeader(HttpHeaders.AUTHORIZATION), request);
        OAuthClient client = clients.authenticate(credentials.clientId(), credentials.secret())
                .orElseThrow(() -> OAuthError.INVALID_CLIENT.because("client authentication failed"));
        String grantType = request.required("grant_type");
        GrantHandler grant = GrantType.of(grantType)
                .map(grants::get)
                .orElseThrow(() -> OAuthError.UNSUPPORTED_GRANT_TYPE.because("grant_type is not supported"));
        return grant.handle(client, request);
    }
}
