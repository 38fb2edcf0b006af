package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import io.vertx.core.Future;

/** One grant type of the token endpoint, for an authenticated client. */
public interface GrantHandler {
    /**
     * @return the tokens; or fails with an {@link dev.ocfcloud.api.oauth.OAuthException}
     */
    Future<IssuedTokens> handle(OAuthClient client, TokenRequest request);
}
