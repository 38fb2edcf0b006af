package dev.ocfcloud.api.oauth.token;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.store.RefreshFamily;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refresh tokens that rotate: each use returns a new one and invalidates the used one; using an
 * invalidated one revokes its whole family (RFC 9700 §4.14.2). A token is {@code
 * <familyId>.<secret>}; the store keeps only its hash.
 */
public final class RefreshTokens {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);

    private final OAuthStore store;
    private final Secrets secrets;
    private final Duration ttl;
    private final Clock clock;

    public RefreshTokens(OAuthStore store, Secrets secrets, Duration ttl, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A new token of a new family. */
    public record Started(String familyId, String token) {}

    /** The new token after a rotation, and the family it belongs to. */
    public record Rotated(RefreshFamily family, String token) {}

    public Future<Started> start(TokenGrantRequest grant) {
        String familyId = secrets.next();
        String token = familyId + "." + secrets.next();
        RefreshFamily family = new RefreshFamily(
                familyId,
                grant.clientId(),
                grant.subject(),
                grant.owner(),
                grant.scopes(),
                Secrets.hash(token),
                clock.instant().plus(ttl),
                false);
        return store.saveFamily(family).map(new Started(familyId, token));
    }

    /**
     * Swaps {@code presented} for a new token of its family.
     *
     * @return the rotation; or fails with {@code invalid_grant} if the token is unknown, expired,
     *     revoked, another client's, or was already used (then the family is revoked)
     */
    public Future<Rotated> rotate(String presented, String clientId) {
        int dot = presented.indexOf('.');
        if (dot <= 0) {
            return Future.failedFuture(OAuthError.INVALID_GRANT.because("malformed refresh token"));
        }
        String familyId = presented.substring(0, dot);
        return store.family(familyId)
                .compose(found -> found.map(family -> rotate(family, presented, clientId))
                        .orElseGet(
                                () -> Future.failedFuture(OAuthError.INVALID_GRANT.because("unknown refresh token"))));
    }

    private Future<Rotated> rotate(RefreshFamily family, String presented, String clientId) {
        Instant now = clock.instant();
        if (!family.clientId().equals(clientId)) {
            return Future.failedFuture(OAuthError.INVALID_GRANT.because("refresh token of another client"));
        }
        if (family.revoked()) {
            return Future.failedFuture(OAuthError.INVALID_GRANT.because("refresh token revoked"));
        }
        if (!family.expiresAt().isAfter(now)) {
            return Future.failedFuture(OAuthError.INVALID_GRANT.because("refresh token expired"));
        }
        String presentedHash = Secrets.hash(presented);
        if (!presentedHash.equals(family.currentHash())) {
            return revokeForReuse(family);
        }
        String next = family.familyId() + "." + secrets.next();
        Instant nextExpiry = now.plus(ttl);
        return store.rotateFamily(family.familyId(), presentedHash, Secrets.hash(next), nextExpiry)
                .compose(rotated -> rotated
                        ? Future.succeededFuture(new Rotated(family.rotated(Secrets.hash(next), nextExpiry), next))
                        : revokeForReuse(family));
    }

    private Future<Rotated> revokeForReuse(RefreshFamily family) {
        LOG.warn(
                "A rotated-out refresh token of client {} (subject {}) was used again: revoking its family",
                family.clientId(),
                family.subject());
        return store.revokeFamily(family.familyId())
                .compose(v -> Future.failedFuture(OAuthError.INVALID_GRANT.because("refresh token already used")));
    }
}
