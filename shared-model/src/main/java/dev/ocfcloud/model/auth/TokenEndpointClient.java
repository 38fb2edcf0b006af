package dev.ocfcloud.model.auth;

import io.vertx.core.Future;
import java.util.Set;

/** Calls an OAuth2 token endpoint; failures carry a {@code CloudException} with an {@code auth.*} code. */
public interface TokenEndpointClient {
    Future<TokenGrant> exchangeCode(String code, String redirectUri);

    Future<TokenGrant> refresh(String refreshToken);

    Future<TokenGrant> clientCredentials(Set<String> scopes);
}
