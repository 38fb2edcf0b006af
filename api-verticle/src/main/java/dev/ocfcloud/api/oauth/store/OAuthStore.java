package dev.ocfcloud.api.oauth.store;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the embedded OAuth provider keeps: one-time codes, refresh-token families and its signing
 * keys. Clients and users come from configuration, not from here. Implementations: {@link
 * InMemoryOAuthStore}, {@link MongoOAuthStore}.
 *
 * <p>Every operation that decides a race (redeeming a code, rotating a refresh token) is atomic.
 */
public interface OAuthStore {
    Future<Void> saveCode(StoredCode code);

    /**
     * Redeems a code: marks it used at {@code now}, atomically.
     *
     * @return the code as it was before: unused for the first redemption, with {@code usedAt} for any
     *     later one; empty if there is no such code
     */
    Future<Optional<StoredCode>> redeemCode(String codeHash, Instant now);

    /** Records the refresh-token family that redeeming the code started. */
    Future<Void> linkCodeToFamily(String codeHash, String familyId);

    Future<Void> saveFamily(RefreshFamily family);

    Future<Optional<RefreshFamily>> family(String familyId);

    /**
     * Makes {@code nextHash} the family's valid token if {@code expectedHash} still is and the
     * family is not revoked, atomically.
     *
     * @return whether it did; false if another rotation or a revocation came first
     */
    Future<Boolean> rotateFamily(String familyId, String expectedHash, String nextHash, Instant nextExpiry);

    Future<Void> revokeFamily(String familyId);

    Future<List<StoredSigningKey>> signingKeys();

    Future<Void> saveSigningKey(StoredSigningKey key);

    Future<Void> deleteSigningKey(String kid);

    /**
     * Deletes codes and families that expired before {@code now}.
     *
     * @return how many
     */
    Future<Long> deleteExpired(Instant now);

    Future<Void> close();
}
