package dev.ocfcloud.launcher.role;

import dev.ocfcloud.directory.DirectoryVerticle;
import dev.ocfcloud.directory.store.MongoProjectionStore;
import dev.ocfcloud.launcher.config.CloudConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;

/** Deploys the read side: one directory replica, checkpointing to the document store. */
final class DirectoryRole implements RoleDeployer {
    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        String namespace = "directory-" + config.directory().replicaId();
        JsonObject mongo = new JsonObject()
                .put("connection_string", config.store().mongoConnectionString())
                .put("db_name", config.store().database());
        return vertx.deployVerticle(new DirectoryVerticle(
                        config.kafka().eventLog(),
                        v -> new MongoProjectionStore(MongoClient.create(v, mongo), namespace),
                        config.directory().checkpointInterval()))
                .map(id -> new StartedRole(Role.DIRECTORY, List.of(id), Optional.empty()));
    }
}
