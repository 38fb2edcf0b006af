package dev.ocfcloud.directory.store;

import dev.ocfcloud.directory.ReadModels;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.MongoClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkpoints in MongoDB (or the embedded Mongo-wire store) through the Vert.x Mongo client:
 * collections {@code <namespace>_devices}, {@code <namespace>_shadows} and
 * {@code <namespace>_offsets}. Each directory replica uses its own namespace.
 */
public final class MongoProjectionStore implements ProjectionStore {
    private final MongoClient mongo;
    private final String devices;
    private final String shadows;
    private final String offsets;
    private final String replica;

    public MongoProjectionStore(MongoClient mongo, String namespace) {
        this.mongo = mongo;
        this.devices = namespace + "_devices";
        this.shadows = namespace + "_shadows";
        this.offsets = namespace + "_offsets";
        this.replica = namespace;
    }

    @Override
    public Future<StoredModels> load() {
        Future<List<JsonObject>> deviceDocuments = mongo.find(devices, new JsonObject());
        Future<List<JsonObject>> shadowDocuments = mongo.find(shadows, new JsonObject());
        Future<JsonObject> offsetDocument = mongo.findOne(offsets, new JsonObject().put("_id", replica), null);
        return Future.all(deviceDocuments, shadowDocuments, offsetDocument)
                .map(all -> new StoredModels(
                        deviceDocuments.result().stream()
                                .map(DeviceDocuments::fromDocument)
                                .toList(),
                        shadowDocuments.result().stream()
                                .map(ShadowDocuments::fromDocument)
                                .toList(),
                        offsetsOf(offsetDocument.result())));
    }

    @Override
    public Future<Void> save(ReadModels.Changes changes, Map<Integer, Long> positions) {
        Future<?> deviceWrites = changes.devices().isEmpty()
                ? Future.succeededFuture()
                : mongo.bulkWrite(
                        devices,
                        changes.devices().stream()
                                .map(DeviceDocuments::toDocument)
                                .map(MongoProjectionStore::upsert)
                                .toList());
        Future<?> shadowWrites = changes.shadows().isEmpty()
                ? Future.succeededFuture()
                : mongo.bulkWrite(
                        shadows,
                        changes.shadows().stream()
                                .map(ShadowDocuments::toDocument)
                                .map(MongoProjectionStore::upsert)
                                .toList());
        return Future.all(deviceWrites, shadowWrites).compose(written -> saveOffsets(positions));
    }

    private Future<Void> saveOffsets(Map<Integer, Long> positions) {
        JsonObject partitions = new JsonObject();
        positions.forEach((partition, offset) -> partitions.put(Integer.toString(partition), offset));
        JsonObject document = new JsonObject().put("_id", replica).put("partitions", partitions);
        return mongo.bulkWrite(offsets, List.of(upsert(document))).mapEmpty();
    }

    private static BulkOperation upsert(JsonObject document) {
        return BulkOperation.createReplace(new JsonObject().put("_id", document.getValue("_id")), document, true);
    }

    private static Map<Integer, Long> offsetsOf(JsonObject document) {
        Map<Integer, Long> result = new HashMap<>();
        if (document != null) {
            JsonObject partitions = document.getJsonObject("partitions", new JsonObject());
            partitions.fieldNames().forEach(p -> result.put(Integer.parseInt(p), partitions.getLong(p)));
        }
        return result;
    }

    @Override
    public Future<Void> close() {
        return mongo.close();
    }
}
