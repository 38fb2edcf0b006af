package dev.ocfcloud.api.oauth.onboarding;

import dev.ocfcloud.api.oauth.store.CodeKind;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.store.StoredCode;
import dev.ocfcloud.api.oauth.token.Scopes;
import dev.ocfcloud.api.oauth.token.Secrets;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.AuthFailures;
import dev.ocfcloud.model.auth.VerifiedToken;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Issues one-time onboarding codes: a user asks for one for themselves; a service client with the
 * {@value Scopes#ADMIN} scope may ask for one on behalf of any owner. Redeeming the code (the
 * gateway does, at the device's sign-up) grants device tokens ({@link Scopes#DEVICE}) for that
 * owner.
 */
public final class OnboardingCodes {
    private final OAuthStore store;
    private final Secrets secrets;
    private final Duration ttl;
    private final Clock clock;

    public OnboardingCodes(OAuthStore store, Secrets secrets, Duration ttl, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * @param requester the caller's verified token
     * @param forOwner the owner asked for; empty for the caller's own
     * @return the code; or fails with {@code auth.forbidden} when asking for another owner without
     *     the admin scope
     */
    public Future<OnboardingCode> issue(VerifiedToken requester, Optional<OwnerId> forOwner) {
        OwnerId owner = forOwner.orElse(requester.owner());
        boolean own = owner.equals(requester.owner());
        if (!own && !requester.hasScope(Scopes.ADMIN)) {
            return Future.failedFuture(
                    AuthFailures.forbidden("only a token with scope " + Scopes.ADMIN + " may ask for another owner"));
        }
        // The user's own code grants tokens with their subject; one asked for on someone's behalf
        // has no user behind it, so the owner is the subject.
        String subject = own && !requester.subject().isEmpty() ? requester.subject() : owner.value();
        String code = secrets.next();
        StoredCode stored = StoredCode.issued(
                Secrets.hash(code),
                CodeKind.ONBOARDING,
                Optional.empty(),
                subject,
                owner,
                Scopes.DEVICE,
                Optional.empty(),
                Optional.empty(),
                clock.instant().plus(ttl));
        return store.saveCode(stored).map(new OnboardingCode(code, ttl, owner));
    }
}
