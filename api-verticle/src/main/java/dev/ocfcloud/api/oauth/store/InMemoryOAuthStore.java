package dev.ocfcloud.api.oauth.store;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Everything in maps: for tests and for a provider that may forget its state on restart. */
public final class InMemoryOAuthStore implements OAuthStore {
    private final Map<String, StoredCode> codes = new ConcurrentHashMap<>();
    private final Map<String, RefreshFamily> families = new ConcurrentHashMap<>();
    private final Map<String, StoredSigningKey> keys = new ConcurrentHashMap<>();

    @Override
    public Future<Void> saveCode(StoredCode code) {
        codes.put(code.codeHash(), code);
        return Future.succeededFuture();
    }

    @Override
    public Future<Optional<StoredCode>> redeemCode(String codeHash, Instant now) {
        AtomicReference<StoredCode> before = new AtomicReference<>();
        codes.computeIfPresent(codeHash, (hash, code) -> {
            before.set(code);
            return code.used() ? code : code.markedUsed(now);
        });
        return Future.succeededFuture(Optional.ofNullable(before.get()));
    }

    @Override
    public Future<Void> linkCodeToFamily(String codeHash, String familyId) {
        codes.computeIfPresent(codeHash, (hash, code) -> code.withIssuedFamily(familyId));
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> saveFamily(RefreshFamily family) {
        families.put(family.familyId(), family);
        return Future.succeededFuture();
    }

    @Override
    public Future<Optional<RefreshFamily>> family(String familyId) {
        return Future.succeededFuture(Optional.ofNullable(families.get(familyId)));
    }

    @Override
    public Future<Boolean> rotateFamily(String familyId, String expectedHash, String nextHash, Instant nextExpiry) {
        AtomicBoolean rotated = new AtomicBoolean();
        families.computeIfPresent(familyId, (id, family) -> {
            if (family.revoked() || !family.currentHash().equals(expectedHash)) {
                return family;
            }
            rotated.set(true);
            return family.rotated(nextHash, nextExpiry);
        });
        return Future.succeededFuture(rotated.get());
    }

    @Override
    public Future<Void> revokeFamily(String familyId) {
        families.computeIfPresent(familyId, (id, family) -> family.asRevoked());
        return Future.succeededFuture();
    }

    @Override
    public Future<List<StoredSigningKey>> signingKeys() {
        return Future.succeededFuture(List.copyOf(keys.values()));
    }

    @Override
    public Future<Void> saveSigningKey(StoredSigningKey key) {
        keys.put(key.kid(), key);
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> deleteSigningKey(String kid) {
        keys.remove(kid);
        return Future.succeededFuture();
    }

    @Override
    public Future<Long> deleteExpired(Instant now) {
        long before = (long) codes.size() + families.size();
        codes.values().removeIf(code -> code.expiresAt().isBefore(now));
        families.values().removeIf(family -> family.expiresAt().isBefore(now));
        return Future.succeededFuture(before - codes.size() - families.size());
    }

    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }
}
