package dev.ocfcloud.api;

import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Builds {@link ApiVerticle}s with a chosen clock, for tests in other packages. */
public final class ApiVerticles {
    private ApiVerticles() {}

    public static ApiVerticle create(
            HttpConfig http, Optional<OAuthProviderConfig> oauth, Function<Vertx, OAuthStore> store, Clock clock) {
        return new ApiVerticle(http, oauth, store, clock);
    }
}
