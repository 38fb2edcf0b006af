package dev.ocfcloud.api.oauth.store;

import dev.ocfcloud.model.OwnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** {@link RefreshFamily} ↔ its Mongo document; instants as epoch milliseconds. */
final class FamilyDocuments {
    private FamilyDocuments() {}

    static JsonObject toDocument(RefreshFamily family) {
        return new JsonObject()
                .put("_id", family.familyId())
                .put("clientId", family.clientId())
                .put("subject", family.subject())
                .put("owner", family.owner().value())
                .put("scopes", new JsonArray(family.scopes().stream().sorted().toList()))
                .put("currentHash", family.currentHash())
                .put("expiresAt", family.expiresAt().toEpochMilli())
                .put("revoked", family.revoked());
    }

    static RefreshFamily fromDocument(JsonObject document) {
        return new RefreshFamily(
                document.getString("_id"),
                document.getString("clientId"),
                document.getString("subject"),
                OwnerId.of(document.getString("owner")),
                CodeDocuments.scopes(document.getJsonArray("scopes")),
                document.getString("currentHash"),
                Instant.ofEpochMilli(document.getLong("expiresAt")),
                document.getBoolean("revoked", false));
    }
}
