package dev.ocfcloud.api.oauth.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.MongoClientDeleteResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The provider's state in MongoDB (or the embedded Mongo-wire store) through the Vert.x Mongo
 * client: collections {@code oauth_codes}, {@code oauth_refresh_families}, {@code
 * oauth_signing_keys}. Races are decided by conditional {@code findOneAndUpdate}s. Expired
 * documents are deleted by {@link #deleteExpired} (the provider sweeps periodically; the embedded
 * store has no TTL indexes).
 */
public final class MongoOAuthStore implements OAuthStore {
    public static final String PREFIX = "oauth_";
    static final String CODES = PREFIX + "codes";
    static final String FAMILIES = PREFIX + "refresh_families";
    static final String KEYS = PREFIX + "signing_keys";

    private final MongoClient mongo;

    public MongoOAuthStore(MongoClient mongo) {
        this.mongo = mongo;
    }

    @Override
    public Future<Void> saveCode(StoredCode code) {
        return mongo.insert(CODES, CodeDocuments.toDocument(code)).mapEmpty();
    }

    @Override
    public Future<Optional<StoredCode>> redeemCode(String codeHash, Instant now) {
        JsonObject unused = new JsonObject().put("_id", codeHash).put("used", false);
        JsonObject markUsed = set(new JsonObject().put("used", true).put("usedAt", now.toEpochMilli()));
        return mongo.findOneAndUpdate(CODES, unused, markUsed).compose(before -> {
            if (before != null) {
                return Future.succeededFuture(Optional.of(CodeDocuments.fromDocument(before)));
            }
            return mongo.findOne(CODES, byId(codeHash), null)
                    .map(used -> Optional.ofNullable(used).map(CodeDocuments::fromDocument));
        });
    }

    @Override
    public Future<Void> linkCodeToFamily(String codeHash, String familyId) {
        return mongo.updateCollection(CODES, byId(codeHash), set(new JsonObject().put("issuedFamily", familyId)))
                .mapEmpty();
    }

    @Override
    public Future<Void> saveFamily(RefreshFamily family) {
        return mongo.insert(FAMILIES, FamilyDocuments.toDocument(family)).mapEmpty();
    }

    @Override
    public Future<Optional<RefreshFamily>> family(String familyId) {
        return mongo.findOne(FAMILIES, byId(familyId), null)
                .map(document -> Optional.ofNullable(document).map(FamilyDocuments::fromDocument));
    }

    @Override
    public Future<Boolean> rotateFamily(String familyId, String expectedHash, String nextHash, Instant nextExpiry) {
        JsonObject current = byId(familyId).put("currentHash", expectedHash).put("revoked", false);
        JsonObject rotate =
                set(new JsonObject().put("currentHash", nextHash).put("expiresAt", nextExpiry.toEpochMilli()));
        return mongo.findOneAndUpdate(FAMILIES, current, rotate).map(before -> before != null);
    }

    @Override
    public Future<Void> revokeFamily(String familyId) {
        return mongo.updateCollection(FAMILIES, byId(familyId), set(new JsonObject().put("revoked", true)))
                .mapEmpty();
    }

    @Override
    public Future<List<StoredSigningKey>> signingKeys() {
        return mongo.find(KEYS, new JsonObject())
                .map(documents -> documents.stream()
                        .map(document -> new StoredSigningKey(
                                document.getString("_id"),
                                document.getString("jwk"),
                                Instant.ofEpochMilli(document.getLong("createdAt"))))
                        .toList());
    }

    @Override
    public Future<Void> saveSigningKey(StoredSigningKey key) {
        return mongo.insert(
                        KEYS,
                        new JsonObject()
                                .put("_id", key.kid())
                                .put("jwk", key.privateJwk())
                                .put("createdAt", key.createdAt().toEpochMilli()))
                .mapEmpty();
    }

    @Override
    public Future<Void> deleteSigningKey(String kid) {
        return mongo.removeDocument(KEYS, byId(kid)).mapEmpty();
    }

    @Override
    public Future<Long> deleteExpired(Instant now) {
        JsonObject expired = new JsonObject().put("expiresAt", new JsonObject().put("$lt", now.toEpochMilli()));
        Future<MongoClientDeleteResult> codes = mongo.removeDocuments(CODES, expired);
        Future<MongoClientDeleteResult> families = mongo.removeDocuments(FAMILIES, expired);
        return Future.all(codes, families)
                .map(done ->
                        codes.result().getRemovedCount() + families.result().getRemovedCount());
    }

    @Override
    public Future<Void> close() {
        return mongo.close();
    }

    private static JsonObject byId(String id) {
        return new JsonObject().put("_id", id);
    }

    private static JsonObject set(JsonObject fields) {
        return new JsonObject().put("$set", fields);
    }
}
