package dev.ocfcloud.api.oauth.authorize;

import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.store.CodeKind;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.store.StoredCode;
import dev.ocfcloud.api.oauth.token.Secrets;
import dev.ocfcloud.api.oauth.user.UserAccount;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;

/** Issues the codes of the authorization endpoint, bound to the request they answer. */
final class AuthorizationCodes {
    private final OAuthStore store;
    private final Secrets secrets;
    private final OAuthProviderConfig config;
    private final Clock clock;

    AuthorizationCodes(OAuthStore store, Secrets secrets, OAuthProviderConfig config, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
    }

    Future<String> issue(AuthorizationRequest request, UserAccount user) {
        String code = secrets.next();
        StoredCode stored = StoredCode.issued(
                Secrets.hash(code),
                CodeKind.AUTHORIZATION,
                Optional.of(request.client().clientId()),
                config.subjectFor(user.username(), user.owner()),
                user.owner(),
                request.scopes(),
                request.redirectUriGiven() ? Optional.of(request.redirectUri()) : Optional.empty(),
                request.codeChallenge(),
                clock.instant().plus(config.authorizationCodeTtl()));
        return store.saveCode(stored).map(code);
    }
}
