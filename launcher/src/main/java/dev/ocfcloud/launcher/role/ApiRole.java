package dev.ocfcloud.launcher.role;

import dev.ocfcloud.api.ApiVerticle;
import dev.ocfcloud.api.HttpConfig;
import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.store.MongoOAuthStore;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;

/**
 * Deploys the HTTP face: one {@link ApiVerticle} with the embedded OAuth provider (unless tokens
 * come from an external IdP), its state in the document store's {@code oauth_*} collections.
 */
final class ApiRole implements RoleDeployer {
    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        JsonObject mongo = new JsonObject()
                .put("connection_string", config.store().mongoConnectionString())
                .put("db_name", config.store().database());
        return providerConfig(vertx, config).compose(oauth -> {
            ApiVerticle verticle =
                    new ApiVerticle(config.http(), oauth, v -> new MongoOAuthStore(MongoClient.create(v, mongo)));
            return vertx.deployVerticle(verticle).map(id -> started(config.http(), verticle, id));
        });
    }

    /** Reads (or generates) the built-in clients' secrets on a worker thread: file I/O. */
    private static Future<Optional<OAuthProviderConfig>> providerConfig(Vertx vertx, CloudConfig config) {
        if (!config.oauth().embedded()) {
            return Future.succeededFuture(Optional.empty());
        }
        return vertx.executeBlocking(() -> Optional.of(BuiltInClients.providerConfig(config)));
    }

    private static StartedRole started(HttpConfig http, ApiVerticle verticle, String deploymentId) {
        return new StartedRole(
                Role.API, List.of(deploymentId), Optional.of("http=" + http.host() + ":" + verticle.boundPort()));
    }
}
