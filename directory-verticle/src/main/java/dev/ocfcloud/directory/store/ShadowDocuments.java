package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.shadow.ShadowEntry;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.query.PendingRequestView;
import dev.ocfcloud.model.resource.Bytes;
import dev.ocfcloud.model.resource.OperationStatus;
import dev.ocfcloud.model.resource.ResourceContent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
        JsonArray pending = new JsonArray();
        entry.pending()
                .forEach(request -> pending.add(new JsonObject()
                        .put("correlationId", request.correlationId().value())
                        .put("kind", request.kind().name())
                        .put("requestedAt", request.requestedAt().toEpochMilli())
                        .put("validUntil", request.validUntil().toEpochMilli())));
        document.put("pending", pending);
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
        ResourceId resource = ResourceId.of(document.getString("deviceId"), document.getString("href"));
        List<PendingRequestView> pending = new ArrayList<>();
        for (Object item : document.getJsonArray("pending", new JsonArray())) {
            JsonObject request = (JsonObject) item;
            pending.add(new PendingRequestView(
                    resource,
                    CorrelationId.of(request.getString("correlationId")),
                    DeviceRequestKind.valueOf(request.getString("kind")),
                    Instant.ofEpochMilli(request.getLong("requestedAt")),
                    Instant.ofEpochMilli(request.getLong("validUntil"))));
        }
        return new ShadowEntry(
                resource,
                content,
                OperationStatus.valueOf(document.getString("status")),
                document.getLong("contentVersion"),
                Instant.ofEpochMilli(document.getLong("updatedAt")),
                document.getLong("version"),
                pending);
    }
}
