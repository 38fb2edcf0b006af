package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.shadow.ShadowEntry;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.Bytes;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** A {@link ShadowEntry} as a MongoDB document; the content bytes as base64 text. */
final class ShadowDocuments {
    private ShadowDocuments() {}

    static String idOf(ResourceId id) {
        return id.deviceId().value() + id.href().value();
    }

    static JsonObject toDocument(ShadowEntry entry) {
        JsonObject document = new JsonObject()
                .put("_id", idOf(entry.resourceId()))
                .put("deviceId", entry.resourceId().deviceId().value())
                .put("href", entry.resourceId().href().value())
                .put("status", entry.status().name())
                .put("contentVersion", entry.contentVersion())
                .put("updatedAt", entry.updatedAt().toEpochMilli())
                .put("version", entry.version());
        entry.content()
                .ifPresent(content -> document.put("contentFormat", content.contentFormat())
                        .put(
                                "content",
                                Base64.getEncoder()
                                        .encodeToString(content.data().unsafeArray())));
        return document;
    }

    static ShadowEntry fromDocument(JsonObject document) {
        Optional<ResourceContent> content = Optional.ofNullable(document.getString("content"))
                .map(text -> ResourceContent.of(
                        document.getInteger("contentFormat"),
                        Bytes.wrap(Base64.getDecoder().decode(text))));
        return new ShadowEntry(
                ResourceId.of(document.getString("deviceId"), document.getString("href")),
                content,
                OperationStatus.valueOf(document.getString("status")),
                document.getLong("contentVersion"),
                Instant.ofEpochMilli(document.getLong("updatedAt")),
                document.getLong("version"));
    }
}
