package dev.ocfcloud.api;

import dev.ocfcloud.api.oauth.OAuthProvider;
import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.key.KeyRing;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP face: one Vert.x Web server that mounts the sub-routers — for now the embedded OAuth
 * provider (when configured). Only wiring lives here.
 *
 * <p>Start: opens the provider's store on a worker thread (drivers load classes and may block),
 * binds the port, then mounts the provider with its issuer ({@code http://127.0.0.1:<bound port>}
 * unless configured).
 */
public final class ApiVerticle extends VerticleBase {
    private final HttpConfig http;
    private final Optional<OAuthProviderConfig> oauth;
    private final Function<Vertx, OAuthStore> oauthStoreFactory;
    private final Clock clock;
    private HttpServer server;
    private OAuthStore oauthStore;
    private volatile OAuthProvider provider;

    /**
     * @param oauth the embedded provider's settings; empty to run without it (an external IdP)
     * @param oauthStoreFactory opens the provider's store; called on a worker thread
     */
    public ApiVerticle(
            HttpConfig http, Optional<OAuthProviderConfig> oauth, Function<Vertx, OAuthStore> oauthStoreFactory) {
        this(http, oauth, oauthStoreFactory, Clock.systemUTC());
    }

    ApiVerticle(
            HttpConfig http,
            Optional<OAuthProviderConfig> oauth,
            Function<Vertx, OAuthStore> oauthStoreFactory,
            Clock clock) {
        this.http = http;
        this.oauth = oauth;
        this.oauthStoreFactory = oauthStoreFactory;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        Future<Optional<KeyRing>> opened = oauth.isEmpty()
                ? Future.succeededFuture(Optional.empty())
                : vertx.executeBlocking(this::openOAuthStore).compose(keys -> keys.map(Optional::of));
        return opened.compose(keys -> vertx.createHttpServer(
                                new HttpServerOptions().setHost(http.host()).setPort(http.port()))
                        .requestHandler(router)
                        .listen()
                        .onSuccess(listening -> server = listening)
                        .map(keys))
                .compose(keys -> keys.map(ring -> mountProvider(router, oauth.orElseThrow(), ring))
                        .orElseGet(Future::succeededFuture));
    }

    /**
     * Blocking: opens the store and starts its first operations on this worker thread, where the
     * driver loads its classes (hundreds of milliseconds on a cold JVM).
     */
    private Future<KeyRing> openOAuthStore() {
        oauthStore = oauthStoreFactory.apply(vertx);
        Future<Long> swept = oauthStore.deleteExpired(clock.instant());
        Future<KeyRing> keys = KeyRing.load(vertx, oauthStore, clock);
        return Future.all(swept, keys).map(all -> keys.result());
    }

    private Future<Void> mountProvider(Router router, OAuthProviderConfig config, KeyRing keys) {
        OAuthProviderConfig resolved =
                config.issuer().isPresent() ? config : config.withIssuer("http://127.0.0.1:" + server.actualPort());
        return OAuthProvider.start(vertx, oauthStore, resolved, keys, clock, http.maxBodyBytes())
                .onSuccess(started -> {
                    provider = started;
                    router.route("/*").subRouter(started.router());
                })
                .mapEmpty();
    }

    @Override
    public Future<?> stop() {
        Future<Void> providerStopped = provider == null ? Future.succeededFuture() : provider.stop();
        return providerStopped
                .compose(v -> server == null ? Future.succeededFuture() : server.close())
                .compose(v -> oauthStore == null ? Future.succeededFuture() : oauthStore.close());
    }

    /** The port the server listens on, once started; -1 before. */
    public int boundPort() {
        HttpServer listening = server;
        return listening == null ? -1 : listening.actualPort();
    }

    /** The embedded provider, once started; empty without one (for key rotation and tests). */
    public Optional<OAuthProvider> oauthProvider() {
        return Optional.ofNullable(provider);
    }
}
