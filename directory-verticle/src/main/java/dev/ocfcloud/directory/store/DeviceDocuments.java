package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link DeviceEntry} as a MongoDB document (this adapter is the only place JSON appears). */
final class DeviceDocuments {
    private DeviceDocuments() {}

    static JsonObject toDocument(DeviceEntry entry) {
        JsonArray links = new JsonArray();
        entry.links()
                .values()
                .forEach(link -> links.add(new JsonObject()
                        .put("href", link.href().value())
                        .put("rt", new JsonArray(link.resourceTypes()))
                        .put("if", new JsonArray(link.interfaces()))
                        .put("bm", link.policyBitmask())
                        .put("ins", link.instanceId())));
        return new JsonObject()
                .put("_id", entry.deviceId().value())
                .put("owner", entry.owner().value())
                .put("registered", entry.registered())
                .put("status", entry.status().name())
                .put("connectionId", entry.connectionId())
                .put("gatewayNode", entry.gatewayNode())
                .put("name", entry.name())
                .put("links", links)
                .put("lastChange", entry.lastChange().toEpochMilli())
                .put("version", entry.version());
    }

    static DeviceEntry fromDocument(JsonObject document) {
        Map<ResourceHref, ResourceLink> links = new LinkedHashMap<>();
        for (Object item : document.getJsonArray("links", new JsonArray())) {
            JsonObject link = (JsonObject) item;
            ResourceHref href = ResourceHref.of(link.getString("href"));
            links.put(
                    href,
                    new ResourceLink(
                            href,
                            link.getJsonArray("rt").getList(),
                            link.getJsonArray("if").getList(),
                            link.getInteger("bm"),
                            link.getLong("ins")));
        }
        return new DeviceEntry(
                DeviceId.of(document.getString("_id")),
                OwnerId.of(document.getString("owner")),
                document.getBoolean("registered"),
                ConnectionStatus.valueOf(document.getString("status")),
                document.getString("connectionId"),
                document.getString("gatewayNode"),
                document.getString("name"),
                links,
                Instant.ofEpochMilli(document.getLong("lastChange")),
                document.getLong("version"));
    }
}
