package dev.ocfcloud.api.oauth.store;

import io.vertx.core.Vertx;

class InMemoryOAuthStoreTest extends OAuthStoreContract {
    @Override
    protected OAuthStore newStore(Vertx vertx) {
        return new InMemoryOAuthStore();
    }
}
