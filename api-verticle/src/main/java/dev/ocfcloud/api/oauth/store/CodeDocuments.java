package dev.ocfcloud.api.oauth.store;

import dev.ocfcloud.model.OwnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@link StoredCode} ↔ its Mongo document; instants as epoch milliseconds. */
final class CodeDocuments {
    private CodeDocuments() {}

    static JsonObject toDocument(StoredCode code) {
        return new JsonObject()
                .put("_id", code.codeHash())
                .put("kind", code.kind().name())
                .put("clientId", code.clientId().orElse(null))
                .put("subject", code.subject())
                .put("owner", code.owner().value())
                .put("scopes", new JsonArray(code.scopes().stream().sorted().toList()))
                .put("redirectUri", code.redirectUri().orElse(null))
                .put("codeChallenge", code.codeChallenge().orElse(null))
                .put("expiresAt", code.expiresAt().toEpochMilli())
                .put("used", code.used())
                .put("usedAt", code.usedAt().map(Instant::toEpochMilli).orElse(null))
                .put("issuedFamily", code.issuedFamily().orElse(null));
    }

    static StoredCode fromDocument(JsonObject document) {
        return new StoredCode(
                document.getString("_id"),
                CodeKind.valueOf(document.getString("kind")),
                Optional.ofNullable(document.getString("clientId")),
                document.getString("subject"),
                OwnerId.of(document.getString("owner")),
                scopes(document.getJsonArray("scopes")),
                Optional.ofNullable(document.getString("redirectUri")),
                Optional.ofNullable(document.getString("codeChallenge")),
                Instant.ofEpochMilli(document.getLong("expiresAt")),
                Optional.ofNullable(document.getLong("usedAt")).map(Instant::ofEpochMilli),
                Optional.ofNullable(document.getString("issuedFamily")));
    }

    static Set<String> scopes(JsonArray array) {
        Set<String> scopes = new HashSet<>();
        if (array != null) {
            array.forEach(scope -> scopes.add(String.valueOf(scope)));
        }
        return scopes;
    }
}
